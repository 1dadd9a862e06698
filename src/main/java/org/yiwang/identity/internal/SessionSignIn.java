package org.yiwang.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.yiwang.identity.AccountPrincipal;

/**
 * Puts a signed-in account into the HTTP session. Between the password and the TOTP step the session
 * holds only the pending account's id, never an authentication, so a half-signed-in user is anonymous.
 */
@Component
class SessionSignIn {

    static final String PENDING = "yiwang.login.pending";
    static final String PENDING_SINCE = "yiwang.login.pending-since";
    static final String MUST_CHANGE_PASSWORD = "yiwang.password.must-change";
    static final long PENDING_MILLIS = 5 * 60 * 1000;

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AccountRepository accounts;

    SessionSignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        accounts.permissions(account.id()).forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
        accounts.roles(account.id()).forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        AccountPrincipal principal = new AccountPrincipal(account.id(), account.kind(), account.loginName(),
                account.displayName(), account.departmentId(), account.subordinateScope());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);

        HttpSession session = request.getSession(true);
        session.removeAttribute(PENDING);
        session.removeAttribute(PENDING_SINCE);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (account.passwordMustChange()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
    }

    void awaitSecondFactor(Account account, HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(PENDING, account.id());
        session.setAttribute(PENDING_SINCE, System.currentTimeMillis());
    }

    /** The account waiting for its second factor in this session, if it has not waited too long. */
    Long pendingAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Long id)
                || !(session.getAttribute(PENDING_SINCE) instanceof Long since)) {
            return null;
        }
        if (System.currentTimeMillis() - since > PENDING_MILLIS) {
            session.removeAttribute(PENDING);
            return null;
        }
        return id;
    }

    void passwordChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
    }
}
