package org.yiwang.disclosure.internal.publishing;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.disclosure.Publication;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;

/** Writing, reviewing and withdrawing publications through the API, and reading what is published (open). */
@RestController
@RequestMapping("/api/v1/disclosure")
class PublishingApiController {

    private final Publishing publishing;
    private final PublicationCatalogue catalogue;
    private final DataScopes scopes;

    PublishingApiController(Publishing publishing, PublicationCatalogue catalogue, DataScopes scopes) {
        this.publishing = publishing;
        this.catalogue = catalogue;
        this.scopes = scopes;
    }

    /** A publication as its author writes it; attachments in base64. */
    record PublicationBody(String title, String body, String category, String documentNumber, String classification,
            String disclosure, LocalDate validUntil, List<Base64Uploads.Body> attachments) {

        PublicationInput input() {
            return new PublicationInput(title, body, category, documentNumber, classification, disclosure, validUntil);
        }
    }

    record OpinionBody(String opinion) {
    }

    record ReasonBody(String reason) {
    }

    record Created(long id, String status, LocalDate dueOn) {
    }

    record Published(long id, String indexNumber, String url) {
    }

    record StaffView(PublicationRow publication, List<PublicationRepository.Step> history) {
    }

    @PostMapping("/publications")
    @PreAuthorize("hasAuthority('disclosure:author')")
    ResponseEntity<Created> create(@RequestBody PublicationBody body) {
        long id = publishing.create(actor(), body.input(), uploads(body));
        PublicationRow row = publishing.view(actor(), id);
        return ResponseEntity.created(URI.create("/api/v1/disclosure/publications/" + id))
                .body(new Created(id, row.status().name(), row.dueOn()));
    }

    @GetMapping("/publications/{id}")
    @PreAuthorize("hasAnyAuthority('disclosure:author', 'disclosure:review')")
    StaffView find(@PathVariable long id) {
        Actor actor = actor();
        return new StaffView(publishing.view(actor, id), publishing.history(actor, id));
    }

    @PutMapping("/publications/{id}")
    @PreAuthorize("hasAuthority('disclosure:author')")
    ResponseEntity<Void> update(@PathVariable long id, @RequestBody PublicationBody body) {
        publishing.update(actor(), id, body.input(), uploads(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publications/{id}/submit")
    @PreAuthorize("hasAuthority('disclosure:author')")
    ResponseEntity<Void> submit(@PathVariable long id) {
        publishing.submit(actor(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publications/{id}/approve")
    @PreAuthorize("hasAuthority('disclosure:review')")
    Published approve(@PathVariable long id, @RequestBody(required = false) OpinionBody body) {
        String indexNumber = publishing.approve(actor(), id, body == null ? null : body.opinion());
        return new Published(id, indexNumber, "/disclosure/publications/" + indexNumber);
    }

    @PostMapping("/publications/{id}/return")
    @PreAuthorize("hasAuthority('disclosure:review')")
    ResponseEntity<Void> returnToAuthor(@PathVariable long id, @RequestBody(required = false) OpinionBody body) {
        publishing.returnToAuthor(actor(), id, body == null ? null : body.opinion());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publications/{id}/withdraw")
    @PreAuthorize("hasAuthority('disclosure:review')")
    ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) ReasonBody body) {
        publishing.withdraw(actor(), id, body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }

    /** What is published under an index number: public information, no account needed. */
    @GetMapping("/published/{indexNumber}")
    Publication published(@PathVariable String indexNumber) {
        return catalogue.byIndexNumber(indexNumber).filter(PublicationRow::isPublished)
                .map(PublicationRow::publication)
                .orElseThrow(() -> PublicationNotFound.indexNumber(indexNumber));
    }

    private Actor actor() {
        return Actor.of(AccountPrincipal.current().orElseThrow(), scopes);
    }

    private static List<Upload> uploads(PublicationBody body) {
        List<RuleViolation> problems = new ArrayList<>();
        List<Upload> uploads = Base64Uploads.decode(body.attachments(), "", problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return uploads;
    }
}
