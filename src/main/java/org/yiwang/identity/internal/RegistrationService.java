package org.yiwang.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountRegistered;

/**
 * Self-registration of citizens (real-name by a valid ID number) and of enterprises (by a valid credit
 * code, registered by their legal representative from his own citizen account).
 */
@Service
class RegistrationService {

    record CitizenForm(String idNumber, String name, String phone, String password) {
    }

    record EnterpriseForm(String creditCode, String name, String password) {
    }

    private final AccountRepository accounts;
    private final PersonalDataRules rules;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwords;
    private final CryptoService crypto;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<DivisionDirectory> divisions;

    RegistrationService(AccountRepository accounts, PersonalDataRules rules, PasswordPolicy passwordPolicy,
            PasswordEncoder passwords, CryptoService crypto, AuditTrail audit, ApplicationEventPublisher events,
            ObjectProvider<DivisionDirectory> divisions) {
        this.accounts = accounts;
        this.rules = rules;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.crypto = crypto;
        this.audit = audit;
        this.events = events;
        this.divisions = divisions;
    }

    @Transactional
    long registerCitizen(CitizenForm form) {
        List<RuleViolation> violations = new ArrayList<>();
        IdNumber id = rules.idNumber("idNumber", form.idNumber(), violations);
        rules.name("name", form.name(), violations);
        rules.mobile("phone", form.phone(), violations);
        violations.addAll(passwordPolicy.check("password", form.password(), id == null ? null : id.value()));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        String index = crypto.blindIndex(id.value());
        if (accounts.byIdNumberIndex(index).isPresent()) {
            throw RuleViolationException.conflict("idNumber", "citizen.already-registered");
        }
        long accountId = insertOrConflict("idNumber", "citizen.already-registered", new AccountRepository.NewAccount(
                AccountKind.CITIZEN, null, index, crypto.encrypt(id.value()), id.masked(), null, form.name().trim(),
                crypto.encrypt(form.phone().trim()), null, null, null, passwords.encode(form.password()), false));
        accounts.grant(accountId, "CITIZEN", "self-registration");
        audit.recordAs(id.masked(), "identity.citizen.register", "account:" + accountId, AuditOutcome.SUCCESS, null);
        events.publishEvent(new AccountRegistered(accountId, AccountKind.CITIZEN));
        return accountId;
    }

    @Transactional
    long registerEnterprise(long legalRepresentativeId, EnterpriseForm form) {
        Account representative = accounts.byId(legalRepresentativeId)
                .filter(a -> a.kind() == AccountKind.CITIZEN && a.active())
                .orElseThrow(() -> RuleViolationException.of("legalRepresentative", "enterprise.representative-not-citizen"));
        List<RuleViolation> violations = new ArrayList<>();
        CreditCode code = null;
        try {
            code = CreditCode.parse(form.creditCode() == null ? "" : form.creditCode().trim().toUpperCase(java.util.Locale.ROOT));
            DivisionDirectory directory = divisions.getIfAvailable();
            if (directory != null && !directory.recognises(code.divisionCode())) {
                violations.add(RuleViolation.of("creditCode", "credit-code.division-unknown", code.divisionCode().value()));
            }
        } catch (RuleViolationException e) {
            violations.addAll(e.forField("creditCode").violations());
        }
        if (form.name() == null || form.name().isBlank() || form.name().trim().length() > 100) {
            violations.add(RuleViolation.of("name", "enterprise.name"));
        }
        violations.addAll(passwordPolicy.check("password", form.password(), code == null ? null : code.value()));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (accounts.byCreditCode(code.value()).isPresent()) {
            throw RuleViolationException.conflict("creditCode", "enterprise.already-registered");
        }
        long accountId = insertOrConflict("creditCode", "enterprise.already-registered", new AccountRepository.NewAccount(
                AccountKind.ENTERPRISE, null, null, null, null, code.value(), form.name().trim(), null,
                representative.id(), null, null, passwords.encode(form.password()), false));
        accounts.grant(accountId, "ENTERPRISE", "self-registration");
        audit.record("identity.enterprise.register", "account:" + accountId, AuditOutcome.SUCCESS,
                "credit code " + code.value() + ", legal representative account:" + representative.id());
        events.publishEvent(new AccountRegistered(accountId, AccountKind.ENTERPRISE));
        return accountId;
    }

    /** A concurrent registration of the same person can still win the race: the unique index decides. */
    private long insertOrConflict(String field, String rule, AccountRepository.NewAccount account) {
        try {
            return accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw RuleViolationException.conflict(field, rule);
        }
    }
}
