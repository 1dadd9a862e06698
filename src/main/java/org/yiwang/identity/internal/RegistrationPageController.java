package org.yiwang.identity.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;

@Controller
class RegistrationPageController {

    private final RegistrationService registrations;
    private final MessageSource messages;

    RegistrationPageController(RegistrationService registrations, MessageSource messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/register/citizen")
    String citizenForm(Model model) {
        model.addAttribute("form", new RegistrationService.CitizenForm("", "", "", ""));
        return "identity/register-citizen";
    }

    @PostMapping("/register/citizen")
    String registerCitizen(@ModelAttribute("form") RegistrationService.CitizenForm form, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            registrations.registerCitizen(form);
            redirect.addFlashAttribute("notice", messages.getMessage("register.done", null, locale));
            return "redirect:/login";
        } catch (RuleViolationException e) {
            model.addAttribute("form", new RegistrationService.CitizenForm(form.idNumber(), form.name(), form.phone(), ""));
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/register-citizen";
        }
    }

    @GetMapping("/register/enterprise")
    String enterpriseForm(Model model) {
        model.addAttribute("representative", AccountPrincipal.current().filter(p -> p.kind() == AccountKind.CITIZEN).orElse(null));
        model.addAttribute("form", new RegistrationService.EnterpriseForm("", "", ""));
        return "identity/register-enterprise";
    }

    @PostMapping("/register/enterprise")
    String registerEnterprise(@ModelAttribute("form") RegistrationService.EnterpriseForm form, Model model,
            Locale locale, RedirectAttributes redirect) {
        var representative = AccountPrincipal.current().filter(p -> p.kind() == AccountKind.CITIZEN);
        if (representative.isEmpty()) {
            return "redirect:/register/enterprise";
        }
        try {
            registrations.registerEnterprise(representative.get().accountId(), form);
            redirect.addFlashAttribute("notice", messages.getMessage("register.enterprise.done", null, locale));
            return "redirect:/me";
        } catch (RuleViolationException e) {
            model.addAttribute("representative", representative.get());
            model.addAttribute("form", new RegistrationService.EnterpriseForm(form.creditCode(), form.name(), ""));
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/register-enterprise";
        }
    }
}
