package org.yiwang.disclosure.internal.requests;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileStore;
import org.yiwang.disclosure.PublishedInformation;
import org.yiwang.disclosure.PublishedTitle;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentKind;
import org.yiwang.organization.OrganizationDirectory;

/**
 * The pages of disclosure on request: the requester files and tracks; staff handle from the list or the workbench;
 * a supervisor sees what is overdue. A refused step shows the same page again with the message beside the form.
 */
@Controller
class RequestsPages {

    private final RequestDesk desk;
    private final RequestViews views;
    private final RequestRecords records;
    private final DataScopes scopes;
    private final OrganizationDirectory organization;
    private final FileStore files;
    private final MessageSource messages;
    private final PublishedInformation published;
    private final String province;

    /** How many publications the answer form offers for one title search. */
    static final int PUBLICATION_CHOICES = 10;

    RequestsPages(RequestDesk desk, RequestViews views, RequestRecords records, DataScopes scopes,
            OrganizationDirectory organization, FileStore files, MessageSource messages,
            PublishedInformation published, @Value("${yiwang.province-code:330000}") String province) {
        this.desk = desk;
        this.views = views;
        this.records = records;
        this.scopes = scopes;
        this.organization = organization;
        this.files = files;
        this.messages = messages;
        this.published = published;
        this.province = province;
    }

    @GetMapping("/disclosure-requests/new")
    @PreAuthorize("hasAuthority('disclosure:file-request')")
    String newRequest(@RequestParam(required = false) Long departmentId, Model model) {
        model.addAttribute("form", new Filing.Draft(departmentId, null, null, "ELECTRONIC", null, null, null));
        return form(model);
    }

    @PostMapping("/disclosure-requests")
    @PreAuthorize("hasAuthority('disclosure:file-request')")
    String file(Filing.Draft form, Authentication authentication, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            InfoRequest filed = desk.file(form, Actor.of(authentication));
            redirect.addFlashAttribute("filed", true);
            return "redirect:/disclosure-requests/" + filed.id();
        } catch (RuleViolationException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return form(model);
        }
    }

    @GetMapping("/disclosure-requests/mine")
    @PreAuthorize("hasAuthority('disclosure:file-request')")
    String mine(Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        model.addAttribute("requests", views.summaries(records.ofRequester(actor.accountId()), actor));
        return "disclosure/requests-mine";
    }

    @GetMapping("/disclosure-requests/handling")
    @PreAuthorize("hasAnyAuthority('disclosure:handle-requests', 'disclosure:approve-extension')")
    String handling(@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "1") int page,
            Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        model.addAttribute("open", open);
        model.addAttribute("list", views.page(records.ofDepartments(scopes.departments(actor.principal()), open, page,
                RequestsApi.DEFAULT_PAGE_SIZE), actor));
        return "disclosure/requests-handling";
    }

    @GetMapping("/disclosure-requests/overdue")
    @PreAuthorize("hasAuthority('disclosure:supervise-requests')")
    String overdue(@RequestParam(defaultValue = "1") int page, Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        model.addAttribute("list", views.page(records.overdue(scopes.departments(actor.principal()), desk.today(),
                page, RequestsApi.DEFAULT_PAGE_SIZE), actor));
        return "disclosure/requests-overdue";
    }

    @GetMapping("/disclosure-requests/written")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    String writtenForm(Model model) {
        model.addAttribute("form", new RequestsApi.WrittenBody(null, "NATURAL_PERSON", desk.today().toString(), null,
                null, "PAPER", null, null, null));
        return "disclosure/requests-written";
    }

    @PostMapping("/disclosure-requests/written")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    String registerWritten(RequestsApi.WrittenBody form, Authentication authentication, Model model, Locale locale) {
        try {
            Filing.Draft filing = new Filing.Draft(null, form.description(), form.purpose(), form.delivery(),
                    form.phone(), form.email(), form.address());
            InfoRequest registered = desk.registerWritten(new RequestDesk.WrittenDraft(form.requesterName(),
                    form.requesterKind(), form.receivedOn(), filing), Actor.of(authentication));
            return "redirect:/disclosure-requests/" + registered.id();
        } catch (RuleViolationException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "disclosure/requests-written";
        }
    }

    @GetMapping("/disclosure-requests/{id}")
    @PreAuthorize("hasAnyAuthority('disclosure:file-request', 'disclosure:handle-requests', "
            + "'disclosure:approve-extension', 'disclosure:supervise-requests')")
    String request(@PathVariable long id, @ModelAttribute("answerForm") Answer.Draft answerForm,
            @RequestParam(required = false) String publicationQuery, Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        InfoRequest request = desk.visible(id, actor);
        if (publicationQuery != null && desk.mayHandle(request, actor)) {
            model.addAttribute("publicationQuery", publicationQuery);
            model.addAttribute("publicationChoices",
                    published.publishedTitled(publicationQuery, request.departmentId(), PUBLICATION_CHOICES));
        }
        return detail(request, actor, model);
    }

    /** The publications whose title has the words typed, as radio buttons for the answer form (htmx). */
    @GetMapping("/disclosure-requests/{id}/publications")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    String publications(@PathVariable long id, @RequestParam(required = false) String publicationQuery,
            Authentication authentication, Model model) {
        Actor actor = Actor.of(authentication);
        InfoRequest request = desk.visible(id, actor);
        if (!desk.mayHandle(request, actor)) {
            throw new RequestNotFound(String.valueOf(id));
        }
        model.addAttribute("choices", published.publishedTitled(publicationQuery, request.departmentId(),
                PUBLICATION_CHOICES));
        model.addAttribute("chosen", null);
        return "disclosure/requests-fragments :: publications";
    }

    @GetMapping("/disclosure-requests/{id}/answer-document")
    @PreAuthorize("hasAnyAuthority('disclosure:file-request', 'disclosure:handle-requests', "
            + "'disclosure:approve-extension', 'disclosure:supervise-requests')")
    ResponseEntity<InputStreamResource> answerDocument(@PathVariable long id, Authentication authentication) {
        return RequestsApi.document(desk.visible(id, Actor.of(authentication)), files);
    }

    @PostMapping("/disclosure-requests/{id}/correction-notice")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    String noticeCorrection(@PathVariable long id, @RequestParam(required = false) String detail,
            Authentication authentication, Model model, Locale locale) {
        return step(id, "correction-notice", authentication, model, locale,
                actor -> desk.noticeCorrection(id, detail, actor));
    }

    @PostMapping("/disclosure-requests/{id}/correction")
    @PreAuthorize("hasAnyAuthority('disclosure:file-request', 'disclosure:handle-requests')")
    String correct(@PathVariable long id, @RequestParam(required = false) String description,
            Authentication authentication, Model model, Locale locale) {
        return step(id, "correction", authentication, model, locale, actor -> desk.correct(id, description, actor));
    }

    @PostMapping("/disclosure-requests/{id}/extension")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    String proposeExtension(@PathVariable long id, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason, Authentication authentication, Model model,
            Locale locale) {
        return step(id, "extension", authentication, model, locale,
                actor -> desk.proposeExtension(id, days, reason, actor));
    }

    @PostMapping("/disclosure-requests/{id}/extension/decision")
    @PreAuthorize("hasAuthority('disclosure:approve-extension')")
    String decideExtension(@PathVariable long id, @RequestParam(required = false) Boolean approve,
            @RequestParam(required = false) String comment, Authentication authentication, Model model,
            Locale locale) {
        return step(id, "decision", authentication, model, locale,
                actor -> desk.decideExtension(id, approve, comment, actor));
    }

    @PostMapping("/disclosure-requests/{id}/answer")
    @PreAuthorize("hasAuthority('disclosure:handle-requests')")
    String answer(@PathVariable long id, Answer.Draft draft, @RequestParam(required = false) MultipartFile document,
            Authentication authentication, Model model, Locale locale) {
        model.addAttribute("answerForm", draft);
        return step(id, "answer", authentication, model, locale,
                actor -> desk.answer(id, draft, RequestsApi.content(document), actor));
    }

    private interface Step {
        InfoRequest take(Actor actor);
    }

    private String step(long id, String form, Authentication authentication, Model model, Locale locale,
            Step step) {
        Actor actor = Actor.of(authentication);
        try {
            step.take(actor);
            return "redirect:/disclosure-requests/" + id;
        } catch (RuleViolationException e) {
            model.addAttribute("errorForm", form);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return detail(desk.visible(id, actor), actor, model);
        }
    }

    private String detail(InfoRequest request, Actor actor, Model model) {
        model.addAttribute("request", views.detailed(request, actor));
        model.addAttribute("requester", desk.isRequester(request, actor));
        model.addAttribute("handler", actor.may(Actor.HANDLE) && desk.mayHandle(request, actor));
        model.addAttribute("approver", actor.may(Actor.APPROVE) && desk.mayHandle(request, actor));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("exemptions", Exemption.values());
        model.addAttribute("unavailableReasons", UnavailableReason.values());
        model.addAttribute("notProcessedReasons", NotProcessedReason.values());
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new Answer.Draft(null, null, null, null, null, null, null, null));
        }
        Answer.Draft answerForm = (Answer.Draft) model.getAttribute("answerForm");
        if (!model.containsAttribute("publicationChoices")) {
            model.addAttribute("publicationChoices", answerForm.publicationId() == null ? null
                    : published.published(answerForm.publicationId()).map(p -> List.of(new PublishedTitle(p.id(),
                            p.indexNumber(), p.title(), p.departmentName(), p.publishedOn()))).orElse(List.of()));
        }
        return "disclosure/requests-detail";
    }

    private String form(Model model) {
        List<Department> departments = organization.departmentsIn(province, true).stream()
                .filter(d -> d.kind() != DepartmentKind.INTERNAL_UNIT)
                .sorted(Comparator.comparing(Department::divisionCode).thenComparing(Department::code))
                .toList();
        model.addAttribute("departments", departments);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "disclosure/requests-new";
    }
}
