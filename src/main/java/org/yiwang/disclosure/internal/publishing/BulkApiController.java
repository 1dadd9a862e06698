package org.yiwang.disclosure.internal.publishing;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.yiwang.common.RuleViolation;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;

/**
 * Loading an existing archive: up to {@value BulkPublishing#MAX_ITEMS} publications per request, attachments in
 * base64 (the JSON body limit, {@code yiwang.max-json-body}, bounds a request: send large archives in batches).
 */
@RestController
@RequestMapping("/api/v1/disclosure")
@PreAuthorize("hasAuthority('disclosure:bulk')")
class BulkApiController {

    private final BulkPublishing bulk;
    private final DataScopes scopes;

    BulkApiController(BulkPublishing bulk, DataScopes scopes) {
        this.bulk = bulk;
        this.scopes = scopes;
    }

    /** One archived publication; dates as ISO text so that a bad one rejects its item, not the request. */
    record Item(String indexNumber, String department, String title, String body, String category,
            String documentNumber, String classification, String disclosure, String publishedOn, String validUntil,
            List<Base64Uploads.Body> attachments) {
    }

    record Request(BulkMode mode, List<Item> items) {
    }

    @PostMapping(path = "/publications:bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BulkReport> load(@RequestBody Request request, Locale locale) {
        return load(request, part -> null, locale);
    }

    /**
     * The same load for archives too large for one JSON body: a {@code manifest} part with the JSON request, whose
     * attachments name the parts that carry their files ({@code "file": "part name"}), within the multipart limits.
     */
    @PostMapping(path = "/publications:bulk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<BulkReport> loadMultipart(@RequestPart("manifest") Request request,
            MultipartHttpServletRequest multipart, Locale locale) {
        return load(request, multipart::getFile, locale);
    }

    private ResponseEntity<BulkReport> load(Request request, Function<String, MultipartFile> parts, Locale locale) {
        List<ArchiveEntry> entries = new ArrayList<>();
        if (request.items() != null) {
            for (int i = 0; i < request.items().size(); i++) {
                entries.add(entry(request.items().get(i), "items[" + i + "].", parts));
            }
        }
        Actor operator = Actor.of(AccountPrincipal.current().orElseThrow(), scopes);
        BulkReport report = bulk.load(operator, request.mode(), entries, locale);
        return ResponseEntity.created(URI.create("/api/v1/disclosure/bulk-runs/" + report.runId())).body(report);
    }

    @GetMapping("/bulk-runs/{id}")
    BulkReport run(@PathVariable long id) {
        return bulk.run(id).orElseThrow(() -> PublicationNotFound.id(id));
    }

    private static ArchiveEntry entry(Item item, String prefix, Function<String, MultipartFile> parts) {
        List<RuleViolation> unreadable = new ArrayList<>();
        if (item == null) {
            unreadable.add(RuleViolation.of(prefix.substring(0, prefix.length() - 1), "disclosure.bulk.item.missing"));
            return new ArchiveEntry(null, null, new PublicationInput(null, null, null, null, null, null, null), null,
                    List.of(), unreadable);
        }
        LocalDate publishedOn = date(item.publishedOn(), prefix + "publishedOn", unreadable);
        LocalDate validUntil = date(item.validUntil(), prefix + "validUntil", unreadable);
        List<Upload> uploads = Base64Uploads.decode(item.attachments(), prefix, unreadable, parts);
        return new ArchiveEntry(item.indexNumber(), item.department(), new PublicationInput(item.title(), item.body(),
                item.category(), item.documentNumber(), item.classification(), item.disclosure(), validUntil),
                publishedOn, uploads, unreadable);
    }

    private static LocalDate date(String text, String field, List<RuleViolation> unreadable) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            unreadable.add(RuleViolation.of(field, "request.date", text));
            return null;
        }
    }
}
