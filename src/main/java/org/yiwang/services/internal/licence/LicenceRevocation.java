package org.yiwang.services.internal.licence;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;
import org.yiwang.notification.Notice;
import org.yiwang.notification.Notifications;
import org.yiwang.organization.OrganizationDirectory;

/**
 * 注销: a licence officer of the issuing department (or of a department whose data scope covers it) revokes a
 * licence with a reason. Verification says so from then on, and the holder is told.
 */
@Service
class LicenceRevocation {

    static final int MAX_REASON = 500;

    private final LicenceRepository licences;
    private final OrganizationDirectory organization;
    private final DataScopes scopes;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    LicenceRevocation(LicenceRepository licences, OrganizationDirectory organization, DataScopes scopes,
            Notifications notifications, AuditTrail audit, Clock clock) {
        this.licences = licences;
        this.organization = organization;
        this.scopes = scopes;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void revoke(AccountPrincipal officer, String number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "licence.revoke.reason.required");
        }
        if (reason.length() > MAX_REASON) {
            throw RuleViolationException.of("reason", "licence.revoke.reason.length", MAX_REASON);
        }
        LicenceRow licence = licences.byNumber(number)
                .filter(l -> organization.departmentByCode(l.departmentCode())
                        .map(d -> scopes.covers(officer, d.id())).orElse(false))
                .orElseThrow(() -> new RuleViolationException(HttpStatus.NOT_FOUND,
                        List.of(RuleViolation.of("number", "licence.not-found", number))));
        if (licence.kind() != ResultKind.LICENCE) {
            throw RuleViolationException.of("number", "licence.revoke.not-a-licence");
        }
        if (!licences.revoke(number, reason.strip(), clock.instant())) {
            throw RuleViolationException.conflict("number", "licence.revoke.already");
        }
        audit.record("services.licence.revoke", "licence:" + number, AuditOutcome.SUCCESS, reason.strip());
        notifications.send(Notice.inApp(licence.applicantAccountId(), "您的" + licence.title() + "已被注销",
                "您的" + licence.title() + "（编号 " + number + "）已由" + licence.departmentName() + "注销。注销原因："
                        + reason.strip(), "/licences/verify?number=" + number, "licence-revoked:" + number));
    }
}
