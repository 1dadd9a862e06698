package org.yiwang.disclosure.internal.requests;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileStore;
import org.yiwang.identity.DataScopes;

/** Disclosure on request for the mobile app and other clients: filing, tracking, handling, supervising. */
@RestController
@RequestMapping("/api/v1/disclosure/requests")
class RequestsApi {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    record CorrectionNoticeBody(String detail) {
    }

    record CorrectionBody(String description) {
    }

    record ExtensionBody(Integer days, String reason) {
    }

    record DecisionBody(Boolean approve, String comment) {
    }

    record WrittenBody(String requesterName, String requesterKind, String receivedOn, String description,
            String purpose, String delivery, String phone, String email, String address) {
    }

    private final RequestDesk desk;
    private final RequestViews views;
    private final RequestRecords records;
    private final DataScopes scopes;
    private final FileStore files;

    RequestsApi(RequestDesk desk, RequestViews views, RequestRecords records, DataScopes scopes, FileStore files) {
        this.desk = desk;
        this.views = views;
        this.records = records;
        this.scopes = scopes;
        this.files = files;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('disclosure:file-request')")
    RequestView file(@RequestBody Filing.Draft body, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.detailed(desk.file(body, actor), actor);
    }

    @PostMapping("/written")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    RequestView registerWritten(@RequestBody WrittenBody body, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        Filing.Draft filing = new Filing.Draft(null, body.description(), body.purpose(), body.delivery(),
                body.phone(), body.email(), body.address());
        return views.detailed(desk.registerWritten(new RequestDesk.WrittenDraft(body.requesterName(),
                body.requesterKind(), body.receivedOn(), filing), actor), actor);
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('disclosure:file-request')")
    List<RequestView> mine(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.summaries(records.ofRequester(actor.accountId()), actor);
    }

    @GetMapping("/handling")
    @PreAuthorize("hasAnyAuthority('disclosure:handle-requests', 'disclosure:approve-extension')")
    RequestViews.PageView handling(@RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size,
            Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.page(records.ofDepartments(scopes.departments(actor.principal()), open, page, checked(size)),
                actor);
    }

    @GetMapping("/overdue")
    @PreAuthorize("hasAuthority('disclosure:supervise-requests')")
    RequestViews.PageView overdue(@RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.page(records.overdue(scopes.departments(actor.principal()), desk.today(), page, checked(size)),
                actor);
    }

    static int checked(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolationException(HttpStatus.BAD_REQUEST,
                    List.of(RuleViolation.of("size", "disclosure-request.page-size", MAX_PAGE_SIZE)));
        }
        return size;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('disclosure:file-request', 'disclosure:handle-requests', "
            + "'disclosure:approve-extension', 'disclosure:supervise-requests')")
    RequestView one(@PathVariable long id, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.detailed(desk.visible(id, actor), actor);
    }

    @PostMapping("/{id}/correction-notice")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    RequestView noticeCorrection(@PathVariable long id, @RequestBody CorrectionNoticeBody body,
            Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.detailed(desk.noticeCorrection(id, body.detail(), actor), actor);
    }

    @PostMapping("/{id}/correction")
    @PreAuthorize("hasAnyAuthority('disclosure:file-request', 'disclosure:handle-requests')")
    RequestView correct(@PathVariable long id, @RequestBody CorrectionBody body, Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.detailed(desk.correct(id, body.description(), actor), actor);
    }

    @PostMapping("/{id}/extension")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    RequestView proposeExtension(@PathVariable long id, @RequestBody ExtensionBody body,
            Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.detailed(desk.proposeExtension(id, body.days(), body.reason(), actor), actor);
    }

    @PostMapping("/{id}/extension/decision")
    @PreAuthorize("hasAuthority('disclosure:approve-extension')")
    RequestView decideExtension(@PathVariable long id, @RequestBody DecisionBody body,
            Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return views.detailed(desk.decideExtension(id, body.approve(), body.comment(), actor), actor);
    }

    /** The answer as a multipart form: the outcome's fields and the answer document ({@code document}). */
    @PostMapping(path = "/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    RequestView answer(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String exemption, @RequestParam(required = false) String unavailableReason,
            @RequestParam(required = false) String notProcessedReason,
            @RequestParam(required = false) String earlierRequestNumber,
            @RequestParam(required = false) String responsibleBody, @RequestParam(required = false) Long publicationId,
            @RequestParam(required = false) String summary, @RequestParam(required = false) MultipartFile document,
            Authentication authentication) {
        Actor actor = Actor.of(authentication);
        Answer.Draft draft = new Answer.Draft(outcome, exemption, unavailableReason, notProcessedReason,
                earlierRequestNumber, responsibleBody, publicationId, summary);
        return views.detailed(desk.answer(id, draft, content(document), actor), actor);
    }

    @GetMapping("/{id}/answer-document")
    @PreAuthorize("hasAnyAuthority('disclosure:file-request', 'disclosure:handle-requests', "
            + "'disclosure:approve-extension', 'disclosure:supervise-requests')")
    ResponseEntity<InputStreamResource> answerDocument(@PathVariable long id, Authentication authentication) {
        return document(desk.visible(id, Actor.of(authentication)), files);
    }

    static ResponseEntity<InputStreamResource> document(InfoRequest request, FileStore files) {
        if (request.answer() == null) {
            throw RequestNotFound.document(request.number());
        }
        var stored = request.answer().document();
        InputStream content = files.open(stored.digest())
                .orElseThrow(() -> RequestNotFound.document(request.number()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.type().mediaType()))
                .contentLength(stored.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("answer-" + request.number() + "." + stored.type().extension()).build().toString())
                .body(new InputStreamResource(content));
    }

    static Supplier<InputStream> content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return () -> {
            try {
                return file.getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
