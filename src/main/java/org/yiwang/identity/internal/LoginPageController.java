package org.yiwang.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yiwang.identity.AccountKind;

/** The sign-in pages: password, then for staff and leaders the TOTP code (with enrolment the first time). */
@Controller
class LoginPageController {

    private final LoginService logins;
    private final SessionSignIn sessions;
    private final SecondFactorEnrolment enrolment;
    private final LoginMessages messages;
    private final AccountRepository accounts;

    LoginPageController(LoginService logins, SessionSignIn sessions, SecondFactorEnrolment enrolment,
            LoginMessages messages, AccountRepository accounts) {
        this.logins = logins;
        this.sessions = sessions;
        this.enrolment = enrolment;
        this.messages = messages;
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String loginPage() {
        return "identity/login";
    }

    @PostMapping("/login")
    String login(@RequestParam String login, @RequestParam String password, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        LoginOutcome outcome = logins.password(login, password);
        if (outcome instanceof LoginOutcome.SignedIn signedIn) {
            sessions.signIn(signedIn.account(), request, response);
            return landing(signedIn.account());
        }
        if (outcome instanceof LoginOutcome.SecondFactorNeeded needed) {
            sessions.awaitSecondFactor(needed.account(), request);
            return "redirect:/login/second-factor";
        }
        model.addAttribute("login", login);
        model.addAttribute("error", messages.refusal((LoginOutcome.Refused) outcome));
        return "identity/login";
    }

    @GetMapping("/login/second-factor")
    String secondFactorPage(HttpServletRequest request, Model model) {
        Long pending = sessions.pendingAccount(request);
        if (pending == null) {
            return "redirect:/login";
        }
        Account account = accounts.byId(pending).orElseThrow();
        if (!account.totpEnabled()) {
            model.addAttribute("enrolment", enrolment.begin(account));
        }
        return "identity/second-factor";
    }

    @PostMapping("/login/second-factor")
    String secondFactor(@RequestParam String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        Long pending = sessions.pendingAccount(request);
        if (pending == null) {
            return "redirect:/login";
        }
        LoginOutcome outcome = logins.secondFactor(pending, code.trim());
        if (outcome instanceof LoginOutcome.SignedIn signedIn) {
            sessions.signIn(signedIn.account(), request, response);
            return landing(signedIn.account());
        }
        if (outcome instanceof LoginOutcome.SecondFactorNeeded) {
            return "redirect:/login/second-factor";
        }
        LoginOutcome.Refused refused = (LoginOutcome.Refused) outcome;
        model.addAttribute("error", messages.refusal(refused));
        if ("locked".equals(refused.reason()) || "disabled".equals(refused.reason())) {
            return "identity/login";
        }
        Account account = accounts.byId(pending).orElseThrow();
        if (!account.totpEnabled()) {
            model.addAttribute("enrolment", enrolment.begin(account));
        }
        return "identity/second-factor";
    }

    private static String landing(Account account) {
        if (account.passwordMustChange()) {
            return "redirect:/me/password";
        }
        return account.kind() == AccountKind.STAFF || account.kind() == AccountKind.LEADER
                ? "redirect:/workbench" : "redirect:/";
    }
}
