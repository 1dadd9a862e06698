package org.yiwang.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;

/** "My account": who I am, my roles, my second factor, and changing my password. */
@Controller
@PreAuthorize("hasAuthority('self:manage')")
class AccountPageController {

    private final AccountRepository accounts;
    private final SelfService self;
    private final SessionSignIn sessions;
    private final MessageSource messages;
    private final Clock clock;

    AccountPageController(AccountRepository accounts, SelfService self, SessionSignIn sessions, MessageSource messages,
            Clock clock) {
        this.accounts = accounts;
        this.self = self;
        this.sessions = sessions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        Account account = accounts.byId(principal.accountId()).orElseThrow();
        model.addAttribute("account", AccountView.of(account, accounts.roles(account.id()), clock.instant()));
        return "identity/me";
    }

    @GetMapping("/me/password")
    String passwordForm(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        model.addAttribute("mustChange", session != null && session.getAttribute(SessionSignIn.MUST_CHANGE_PASSWORD) != null);
        return "identity/password";
    }

    @PostMapping("/me/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam String currentPassword,
            @RequestParam String newPassword, Model model, Locale locale, HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            self.changePassword(principal.accountId(), currentPassword, newPassword);
            sessions.passwordChanged(request);
            redirect.addFlashAttribute("notice", messages.getMessage("password.changed", null, locale));
            return "redirect:/me";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            return "identity/password";
        }
    }
}
