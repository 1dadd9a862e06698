package org.yiwang.services.internal.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.FileType;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.services.internal.catalog.Catalog;
import org.yiwang.services.internal.catalog.DepartmentNames;
import org.yiwang.services.internal.catalog.Material;
import org.yiwang.services.internal.catalog.ServiceItem;

/** The applicant's pages: the form of an item, the receipt, my applications, tracking one, supplementing it. */
@Controller
class ApplicationPages {

    private final Catalog catalog;
    private final Applying applying;
    private final Tracking tracking;
    private final IdentityDirectory identity;
    private final FileStore files;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    ApplicationPages(Catalog catalog, Applying applying, Tracking tracking, IdentityDirectory identity,
            FileStore files, OrganizationDirectory organization, MessageSource messages) {
        this.catalog = catalog;
        this.applying = applying;
        this.tracking = tracking;
        this.identity = identity;
        this.files = files;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/services/items/{code}/apply")
    @PreAuthorize("hasAuthority('services:apply')")
    String form(@PathVariable String code, @RequestParam(defaultValue = "false") boolean consent,
            Authentication authentication, Model model) {
        ServiceItem item = catalog.published(code).orElseThrow(ApplicationPages::itemNotFound);
        Applying.Prefill prefill = consent
                ? applying.prefill(ApplicationApi.applicant(authentication, identity), item) : Applying.Prefill.NONE;
        return showForm(model, item, consent, prefill, new HashMap<>(prefill.values()), null);
    }

    @PostMapping("/services/items/{code}/apply")
    @PreAuthorize("hasAuthority('services:apply')")
    String submit(@PathVariable String code, @RequestParam(defaultValue = "false") boolean consent,
            MultipartHttpServletRequest request, Authentication authentication, Model model, Locale locale) {
        ServiceItem item = catalog.published(code).orElseThrow(ApplicationPages::itemNotFound);
        Applicant applicant = ApplicationApi.applicant(authentication, identity);
        Map<String, String> form = formValues(request);
        try {
            Map<String, String> digests = uploads(applicant, item.materials(), request);
            Application a = applying.submit(applicant, item.code(), form, digests, consent).application();
            return "redirect:/services/applications/" + a.number() + "/receipt";
        } catch (RuleViolationException e) {
            Applying.Prefill prefill = consent ? applying.prefill(applicant, item) : Applying.Prefill.NONE;
            form.putAll(prefill.values());
            model.addAttribute("status", e.status().value());
            return showForm(model, item, consent, prefill, form, FormErrors.of(e, messages, locale));
        }
    }

    @GetMapping("/services/applications")
    @PreAuthorize("hasAuthority('services:apply')")
    String mine(Authentication authentication, Model model) {
        model.addAttribute("applications",
                tracking.mine(((AccountPrincipal) authentication.getPrincipal()).accountId()));
        return "services/mine";
    }

    @GetMapping("/services/applications/{number}")
    @PreAuthorize("isAuthenticated()")
    String track(@PathVariable String number, Authentication authentication, Model model) {
        Tracking.View view = tracking.view(number, authentication);
        model.addAttribute("view", view);
        model.addAttribute("names", new DepartmentNames(organization));
        model.addAttribute("mine", ((AccountPrincipal) authentication.getPrincipal()).accountId()
                == view.application().applicantAccountId());
        return "services/application";
    }

    @GetMapping("/services/applications/{number}/receipt")
    @PreAuthorize("isAuthenticated()")
    String receipt(@PathVariable String number, Authentication authentication, Model model) {
        model.addAttribute("view", tracking.view(number, authentication));
        model.addAttribute("names", new DepartmentNames(organization));
        return "services/receipt";
    }

    @PostMapping("/services/applications/{number}/supplement")
    @PreAuthorize("hasAuthority('services:apply')")
    String supplement(@PathVariable String number, MultipartHttpServletRequest request, Authentication authentication,
            Model model, Locale locale) {
        Applicant applicant = ApplicationApi.applicant(authentication, identity);
        Tracking.View view = tracking.view(number, authentication);
        try {
            Map<String, String> digests = uploads(applicant, view.item().materials(), request);
            applying.supplement(applicant, number, formValues(request), digests);
            return "redirect:/services/applications/" + number;
        } catch (RuleViolationException e) {
            model.addAttribute("view", view);
            model.addAttribute("names", new DepartmentNames(organization));
            model.addAttribute("mine", true);
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "services/application";
        }
    }

    /** A material of an application, for its applicant and the staff on the case. */
    @GetMapping("/services/applications/{number}/materials/{code}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<InputStreamResource> material(@PathVariable String number, @PathVariable String code,
            Authentication authentication) {
        AttachedMaterial m = tracking.view(number, authentication).materials().stream()
                .filter(x -> x.code().equals(code) && x.digest() != null).findFirst()
                .orElseThrow(Applying::notFound);
        InputStream in = files.open(m.digest()).orElseThrow(Applying::notFound);
        FileType type = FileType.valueOf(m.fileType());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + code + "." + type.extension() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in));
    }

    private String showForm(Model model, ServiceItem item, boolean consent, Applying.Prefill prefill,
            Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("item", item);
        model.addAttribute("consent", consent);
        model.addAttribute("prefilled", prefill.values().keySet());
        model.addAttribute("registers", prefill.registers());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "services/apply";
    }

    private static Map<String, String> formValues(MultipartHttpServletRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("form.") && values.length > 0) {
                form.put(name.substring("form.".length()), values[0]);
            }
        });
        return form;
    }

    /** Stores each chosen file first; a refused file stops the submission with the material's field named. */
    private Map<String, String> uploads(Applicant applicant, List<Material> materials,
            MultipartHttpServletRequest request) {
        Map<String, String> digests = new HashMap<>();
        for (Material m : materials) {
            MultipartFile file = request.getFile("material." + m.code());
            if (file != null && !file.isEmpty()) {
                try (InputStream in = file.getInputStream()) {
                    digests.put(m.code(), applying.upload(applicant, in, file.getOriginalFilename(),
                            "materials." + m.code()).digest());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return digests;
    }

    private static RuleViolationException itemNotFound() {
        return new RuleViolationException(org.springframework.http.HttpStatus.NOT_FOUND,
                List.of(org.yiwang.common.RuleViolation.of("code", "services.item.not-found")));
    }
}
