package org.yiwang.disclosure.internal.publishing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;
import org.yiwang.organization.WorkingDays;

/** The staff pages of proactive disclosure: the department's publications, writing, review and withdrawal. */
@Controller
@PreAuthorize("hasAnyAuthority('disclosure:author', 'disclosure:review')")
class PublishingPages {

    static final int LIST_SIZE = 200;

    private final Publishing publishing;
    private final PublicationRepository publications;
    private final DataScopes scopes;
    private final WorkingDays workingDays;
    private final MessageSource messages;

    PublishingPages(Publishing publishing, PublicationRepository publications, DataScopes scopes,
            WorkingDays workingDays, MessageSource messages) {
        this.publishing = publishing;
        this.publications = publications;
        this.scopes = scopes;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    /** A list line with its deadline warning, for drafts and publications under review. */
    record Line(PublicationSummary summary, String warning) {
    }

    @GetMapping("/workbench/disclosure")
    String list(@RequestParam(required = false) Status status, Model model) {
        AccountPrincipal principal = AccountPrincipal.current().orElseThrow();
        var calendar = workingDays.current();
        LocalDate today = publishing.today();
        List<Line> lines = publications.ofDepartments(scopes.departments(principal), status, LIST_SIZE).stream()
                .map(s -> new Line(s, s.status() == Status.PUBLISHED || s.status() == Status.WITHDRAWN ? null
                        : PublishingDeadline.warning(calendar, s.dueOn(), today)))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Status.values());
        return "disclosure/publishing/list";
    }

    @GetMapping("/workbench/disclosure/new")
    @PreAuthorize("hasAuthority('disclosure:author')")
    String newForm(Model model) {
        model.addAttribute("form", new PublicationInput("", "", "notice", "", "NONE", "PROACTIVE", null));
        return form(model, null);
    }

    @PostMapping("/workbench/disclosure")
    @PreAuthorize("hasAuthority('disclosure:author')")
    String create(PublicationInput form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model, Locale locale) {
        try {
            long id = publishing.create(actor(), form, uploads(files));
            return "redirect:/workbench/disclosure/" + id + "?created";
        } catch (RuleViolationException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return form(model, null);
        }
    }

    @GetMapping("/workbench/disclosure/{id}")
    String view(@PathVariable long id, Model model) {
        Actor actor = actor();
        PublicationRow row = publishing.view(actor, id);
        model.addAttribute("p", row);
        model.addAttribute("history", publishing.history(actor, id));
        model.addAttribute("warning", row.status().editable() || row.status() == Status.SUBMITTED
                ? PublishingDeadline.warning(workingDays.current(), row.dueOn(), publishing.today()) : null);
        model.addAttribute("mine", row.authorId() != null && row.authorId().equals(actor.accountId()));
        return "disclosure/publishing/view";
    }

    @GetMapping("/workbench/disclosure/{id}/edit")
    @PreAuthorize("hasAuthority('disclosure:author')")
    String editForm(@PathVariable long id, Model model) {
        PublicationRow row = publishing.view(actor(), id);
        model.addAttribute("form", new PublicationInput(row.title(), row.body(), row.category().code(),
                row.documentNumber(), row.classification(), row.disclosure(), row.validUntil()));
        return form(model, row);
    }

    @PostMapping("/workbench/disclosure/{id}")
    @PreAuthorize("hasAuthority('disclosure:author')")
    String update(@PathVariable long id, PublicationInput form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale) {
        try {
            publishing.update(actor(), id, form, uploads(files));
            return "redirect:/workbench/disclosure/" + id + "?saved";
        } catch (RuleViolationException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return form(model, publishing.view(actor(), id));
        }
    }

    @PostMapping("/workbench/disclosure/{id}/submit")
    @PreAuthorize("hasAuthority('disclosure:author')")
    String submit(@PathVariable long id, Model model, Locale locale) {
        return act(id, model, locale, "submitted", () -> publishing.submit(actor(), id));
    }

    @PostMapping("/workbench/disclosure/{id}/approve")
    @PreAuthorize("hasAuthority('disclosure:review')")
    String approve(@PathVariable long id, @RequestParam(required = false) String opinion, Model model, Locale locale) {
        return act(id, model, locale, "published", () -> publishing.approve(actor(), id, opinion));
    }

    @PostMapping("/workbench/disclosure/{id}/return")
    @PreAuthorize("hasAuthority('disclosure:review')")
    String returnToAuthor(@PathVariable long id, @RequestParam(required = false) String opinion, Model model,
            Locale locale) {
        return act(id, model, locale, "returned", () -> publishing.returnToAuthor(actor(), id, opinion));
    }

    @PostMapping("/workbench/disclosure/{id}/withdraw")
    @PreAuthorize("hasAuthority('disclosure:review')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model, Locale locale) {
        return act(id, model, locale, "withdrawn", () -> publishing.withdraw(actor(), id, reason));
    }

    private String act(long id, Model model, Locale locale, String done, Runnable action) {
        try {
            action.run();
            return "redirect:/workbench/disclosure/" + id + "?" + done;
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return view(id, model);
        }
    }

    private String form(Model model, PublicationRow existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("categories", Category.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("disclosures", DisclosureKind.values());
        return "disclosure/publishing/form";
    }

    private Actor actor() {
        return Actor.of(AccountPrincipal.current().orElseThrow(), scopes);
    }

    private static List<Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> !f.isEmpty() || !(f.getOriginalFilename() == null
                        || f.getOriginalFilename().isBlank()))
                .map(f -> new Upload(f.getOriginalFilename(), f)).toList();
    }
}
