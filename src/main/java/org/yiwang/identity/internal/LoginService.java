package org.yiwang.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolationException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.AccountLocked;

/**
 * The two sign-in steps. Every failure counts towards the lockout, password and TOTP alike, and every
 * attempt is audited. An unknown login name costs the same hashing work as a known one, so timing does
 * not tell which accounts exist.
 */
@Service
class LoginService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final CryptoService crypto;
    private final Totp totp;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IdentityProperties policy;
    private final Clock clock;
    private final String decoyHash;

    LoginService(AccountRepository accounts, PasswordEncoder passwords, CryptoService crypto, Totp totp,
            AuditTrail audit, ApplicationEventPublisher events, IdentityProperties policy, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.crypto = crypto;
        this.totp = totp;
        this.audit = audit;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    LoginOutcome password(String login, String password) {
        Optional<Account> found = find(login);
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, decoyHash);
            audit.recordAs(shownLogin(login), "identity.login", "account:unknown", AuditOutcome.FAILURE, "unknown login name");
            return LoginOutcome.Refused.credentials();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (!account.active()) {
            audit.recordAs(account.auditName(), "identity.login", target(account), AuditOutcome.FAILURE, "account disabled");
            return new LoginOutcome.Refused("disabled", null);
        }
        if (account.lockedAt(now)) {
            audit.recordAs(account.auditName(), "identity.login", target(account), AuditOutcome.FAILURE, "account locked");
            return new LoginOutcome.Refused("locked", account.lockedUntil());
        }
        if (password == null || !passwords.matches(password, account.passwordHash())) {
            return fail(account, "wrong password");
        }
        if (account.kind().needsSecondFactor()) {
            audit.recordAs(account.auditName(), "identity.login.password", target(account), AuditOutcome.SUCCESS,
                    "second factor required");
            return new LoginOutcome.SecondFactorNeeded(account);
        }
        return signedIn(account, "password");
    }

    /** The second step, for an account that passed the password step in this session. */
    LoginOutcome secondFactor(long accountId, String code) {
        Account account = accounts.byId(accountId).orElseThrow();
        if (!account.active()) {
            return new LoginOutcome.Refused("disabled", null);
        }
        if (account.lockedAt(clock.instant())) {
            return new LoginOutcome.Refused("locked", account.lockedUntil());
        }
        if (account.totpSecretEnc() == null) {
            return new LoginOutcome.SecondFactorNeeded(account);
        }
        OptionalLong step = totp.matchingStep(crypto.decrypt(account.totpSecretEnc()), code);
        if (step.isEmpty() || !accounts.consumeTotpStep(account.id(), step.getAsLong())) {
            return fail(account, step.isEmpty() ? "wrong TOTP code" : "TOTP code used twice");
        }
        if (!account.totpEnabled()) {
            audit.recordAs(account.auditName(), "identity.totp.enrol", target(account), AuditOutcome.SUCCESS, null);
        }
        return signedIn(account, "password+totp");
    }

    private LoginOutcome fail(Account account, String why) {
        Instant lockUntil = clock.instant().plus(policy.lockDuration());
        int failures = accounts.recordFailure(account.id(), policy.maxFailedLogins(), lockUntil);
        audit.recordAs(account.auditName(), "identity.login", target(account), AuditOutcome.FAILURE,
                why + " (" + failures + "/" + policy.maxFailedLogins() + ")");
        if (failures >= policy.maxFailedLogins()) {
            audit.recordAs(account.auditName(), "identity.account.lock", target(account), AuditOutcome.SUCCESS,
                    "locked until " + lockUntil);
            events.publishEvent(new AccountLocked(account.id(), lockUntil));
            return new LoginOutcome.Refused("locked", lockUntil);
        }
        return new LoginOutcome.Refused(why.contains("TOTP") ? "code" : "credentials", null);
    }

    private LoginOutcome signedIn(Account account, String how) {
        accounts.recordSuccess(account.id(), clock.instant());
        audit.recordAs(account.auditName(), "identity.login", target(account), AuditOutcome.SUCCESS, how);
        return new LoginOutcome.SignedIn(accounts.byId(account.id()).orElseThrow());
    }

    /** Citizens sign in with their ID number, enterprises with their credit code, staff with a username. */
    Optional<Account> find(String login) {
        if (login == null || login.isBlank() || login.length() > 64) {
            return Optional.empty();
        }
        String trimmed = login.trim();
        if (trimmed.length() == 18) {
            try {
                return accounts.byIdNumberIndex(crypto.blindIndex(IdNumber.parse(trimmed).value()));
            } catch (RuleViolationException notAnIdNumber) {
                try {
                    return accounts.byCreditCode(CreditCode.parse(trimmed.toUpperCase(Locale.ROOT)).value());
                } catch (RuleViolationException notACreditCode) {
                    // fall through to usernames
                }
            }
        }
        return accounts.byUsername(trimmed);
    }

    static String target(Account account) {
        return "account:" + account.id();
    }

    /** How a typed login name appears in the audit trail: never a full ID number. */
    static String shownLogin(String login) {
        if (login == null) {
            return "anonymous";
        }
        String trimmed = login.trim();
        try {
            return IdNumber.parse(trimmed).masked();
        } catch (RuleViolationException e) {
            return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
        }
    }
}
