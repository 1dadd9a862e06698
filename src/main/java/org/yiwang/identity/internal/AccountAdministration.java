package org.yiwang.identity.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountRegistered;

/**
 * What the three separated administrators do to accounts. The system administrator creates, disables
 * and enables staff accounts; the security administrator assigns roles and data scopes, unlocks
 * accounts and resets second factors; the audit administrator only reads the trail (in the audit module).
 * The permission checks sit on the controllers; the rules that hold whoever calls sit here.
 */
@Service
class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    record StaffForm(String username, String name, String idNumber, AccountKind kind, Long departmentId,
            Long positionId, String initialPassword) {
    }

    private final AccountRepository accounts;
    private final PersonalDataRules rules;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwords;
    private final CryptoService crypto;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final StaffPlacement placement;
    private final JdbcClient jdbc;

    AccountAdministration(AccountRepository accounts, PersonalDataRules rules, PasswordPolicy passwordPolicy,
            PasswordEncoder passwords, CryptoService crypto, AuditTrail audit, ApplicationEventPublisher events,
            StaffPlacement placement, JdbcClient jdbc) {
        this.accounts = accounts;
        this.rules = rules;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.crypto = crypto;
        this.audit = audit;
        this.events = events;
        this.placement = placement;
        this.jdbc = jdbc;
    }

    @Transactional
    long createStaff(StaffForm form) {
        List<RuleViolation> violations = new ArrayList<>();
        String username = form.username() == null ? "" : form.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            violations.add(RuleViolation.of("username", "username.format"));
        }
        rules.name("name", form.name(), violations);
        IdNumber id = rules.idNumber("idNumber", form.idNumber(), violations);
        if (form.kind() != AccountKind.STAFF && form.kind() != AccountKind.LEADER) {
            violations.add(RuleViolation.of("kind", "staff.kind"));
        }
        violations.addAll(placement.check(form.departmentId(), form.positionId()));
        violations.addAll(passwordPolicy.check("initialPassword", form.initialPassword(), username));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (accounts.usernameTaken(username)) {
            throw RuleViolationException.conflict("username", "username.taken");
        }
        String index = crypto.blindIndex(id.value());
        if (accounts.byIdNumberIndex(index).isPresent()) {
            throw RuleViolationException.conflict("idNumber", "staff.id-number-taken");
        }
        long accountId = accounts.insert(new AccountRepository.NewAccount(form.kind(), username, index,
                crypto.encrypt(id.value()), id.masked(), null, form.name().trim(), null, null, form.departmentId(),
                form.positionId(), passwords.encode(form.initialPassword()), true));
        accounts.grant(accountId, "STAFF", "account:manage");
        if (form.kind() == AccountKind.LEADER) {
            accounts.grant(accountId, "LEADER", "account:manage");
        }
        audit.record("identity.staff.create", "account:" + accountId, AuditOutcome.SUCCESS,
                username + " in department:" + form.departmentId() + " as " + form.kind());
        events.publishEvent(new AccountRegistered(accountId, form.kind()));
        return accountId;
    }

    @Transactional
    void setActive(long accountId, boolean active, long actorId) {
        Account account = existing(accountId);
        if (accountId == actorId) {
            throw RuleViolationException.of("accountId", "account.self-administration");
        }
        accounts.setStatus(account.id(), active);
        audit.record(active ? "identity.account.enable" : "identity.account.disable", "account:" + accountId,
                AuditOutcome.SUCCESS, null);
    }

    @Transactional
    void unlock(long accountId) {
        existing(accountId);
        accounts.unlock(accountId);
        audit.record("identity.account.unlock", "account:" + accountId, AuditOutcome.SUCCESS, null);
    }

    @Transactional
    void resetSecondFactor(long accountId) {
        Account account = existing(accountId);
        if (!account.kind().needsSecondFactor()) {
            throw RuleViolationException.of("accountId", "totp.not-applicable");
        }
        accounts.setTotpSecret(accountId, null);
        audit.record("identity.totp.reset", "account:" + accountId, AuditOutcome.SUCCESS, null);
    }

    /**
     * Replaces the roles an account holds beyond its kind's base role. Nobody changes his own roles, an
     * account holds at most one administrator duty, and each role fits only certain kinds of account.
     */
    @Transactional
    void assignRoles(long accountId, Set<String> requested, boolean subordinateScope, long actorId) {
        Account account = existing(accountId);
        if (accountId == actorId) {
            throw RuleViolationException.of("roles", "role.self-assignment");
        }
        var known = jdbc.sql("select code, admin_duty, for_kinds from identity.role")
                .query((rs, n) -> new RoleRow(rs.getString("code"), rs.getString("admin_duty"),
                        Set.of(rs.getString("for_kinds").split(","))))
                .list();
        Set<String> wanted = new HashSet<>(requested);
        wanted.add(baseRole(account.kind()));
        if (account.kind() == AccountKind.LEADER) {
            wanted.add("LEADER");
        }
        Set<String> duties = new HashSet<>();
        for (String role : wanted) {
            RoleRow row = known.stream().filter(r -> r.code().equals(role)).findFirst()
                    .orElseThrow(() -> RuleViolationException.of("roles", "role.unknown", role));
            if (!row.forKinds().contains(account.kind().name())) {
                throw RuleViolationException.of("roles", "role.kind-mismatch", role);
            }
            if (row.adminDuty() != null) {
                duties.add(row.adminDuty());
            }
        }
        if (duties.size() > 1) {
            throw RuleViolationException.of("roles", "role.duties-combined");
        }
        if (subordinateScope && !account.kind().needsSecondFactor()) {
            throw RuleViolationException.of("subordinateScope", "scope.staff-only");
        }
        Set<String> before = accounts.roles(accountId);
        before.stream().filter(r -> !wanted.contains(r)).forEach(r -> accounts.revoke(accountId, r));
        wanted.stream().filter(r -> !before.contains(r)).forEach(r -> accounts.grant(accountId, r, "account:" + actorId));
        accounts.setScope(accountId, subordinateScope);
        audit.record("identity.roles.assign", "account:" + accountId, AuditOutcome.SUCCESS,
                before + " -> " + new java.util.TreeSet<>(wanted) + ", subordinate scope " + subordinateScope);
    }

    private record RoleRow(String code, String adminDuty, Set<String> forKinds) {
    }

    private static String baseRole(AccountKind kind) {
        return switch (kind) {
            case CITIZEN -> "CITIZEN";
            case ENTERPRISE -> "ENTERPRISE";
            case STAFF, LEADER -> "STAFF";
        };
    }

    private Account existing(long accountId) {
        return accounts.byId(accountId)
                .orElseThrow(() -> new RuleViolationException(org.springframework.http.HttpStatus.NOT_FOUND,
                        List.of(RuleViolation.of("accountId", "account.unknown", accountId))));
    }
}
