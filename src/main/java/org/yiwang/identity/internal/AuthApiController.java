package org.yiwang.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountPrincipal;

/**
 * Sign-in for API clients (the mobile app, scripts): the same two steps as the pages, keeping the session
 * in a cookie. Staff and leaders get {@code SECOND_FACTOR_REQUIRED}, with the enrolment secret the first time.
 */
@RestController
@RequestMapping(path = "/api/v1/auth")
class AuthApiController {

    record LoginRequest(String login, String password) {
    }

    record CodeRequest(String code) {
    }

    private final LoginService logins;
    private final SessionSignIn sessions;
    private final SecondFactorEnrolment enrolment;
    private final AccountRepository accounts;
    private final LoginMessages messages;
    private final Clock clock;

    AuthApiController(LoginService logins, SessionSignIn sessions, SecondFactorEnrolment enrolment,
            AccountRepository accounts, LoginMessages messages, Clock clock) {
        this.logins = logins;
        this.sessions = sessions;
        this.enrolment = enrolment;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(summary = "Password step of sign-in")
    @PostMapping("/login")
    ResponseEntity<?> login(@RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        return respond(logins.password(body.login(), body.password()), request, response);
    }

    @Operation(summary = "TOTP step of sign-in for staff and leaders")
    @PostMapping("/second-factor")
    ResponseEntity<?> secondFactor(@RequestBody CodeRequest body, HttpServletRequest request, HttpServletResponse response) {
        Long pending = sessions.pendingAccount(request);
        if (pending == null) {
            return refusal(new LoginOutcome.Refused("no-pending-login", null));
        }
        return respond(logins.secondFactor(pending, body.code()), request, response);
    }

    @Operation(summary = "The signed-in account")
    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    AccountView me(@AuthenticationPrincipal AccountPrincipal principal) {
        Account account = accounts.byId(principal.accountId()).orElseThrow();
        return AccountView.of(account, accounts.roles(account.id()), clock.instant());
    }

    private ResponseEntity<?> respond(LoginOutcome outcome, HttpServletRequest request, HttpServletResponse response) {
        if (outcome instanceof LoginOutcome.SignedIn signedIn) {
            sessions.signIn(signedIn.account(), request, response);
            Account a = signedIn.account();
            return ResponseEntity.ok(Map.of("status", "SIGNED_IN",
                    "account", AccountView.of(a, accounts.roles(a.id()), clock.instant())));
        }
        if (outcome instanceof LoginOutcome.SecondFactorNeeded needed) {
            sessions.awaitSecondFactor(needed.account(), request);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "SECOND_FACTOR_REQUIRED");
            body.put("enrolled", needed.enrolled());
            if (!needed.enrolled()) {
                SecondFactorEnrolment.Enrolment e = enrolment.begin(needed.account());
                body.put("enrolment", Map.of("secret", e.secret(), "otpauthUri", e.otpauthUri()));
            }
            return ResponseEntity.ok(body);
        }
        return refusal((LoginOutcome.Refused) outcome);
    }

    private ResponseEntity<ProblemDetail> refusal(LoginOutcome.Refused refused) {
        HttpStatus status = "locked".equals(refused.reason()) ? HttpStatus.LOCKED : HttpStatus.UNAUTHORIZED;
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.title());
        problem.setDetail(messages.refusal(refused));
        problem.setProperty("reason", refused.reason());
        if (refused.lockedUntil() != null) {
            problem.setProperty("lockedUntil", refused.lockedUntil());
        }
        return ResponseEntity.status(status).body(problem);
    }
}
