package org.yiwang.exchange.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.catalog.SharingType;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.organization.WorkingDays;

/**
 * The life of an access request: submitted by consumer staff, granted at once for a 无条件共享 resource or
 * queued for the provider's approver within the time limit for a 有条件共享 one, refused with reasons, and
 * its grant revoked. Each use case is one transaction with its audit record; a refusal of the request
 * itself is audited on its own, since nothing else is written.
 */
@Service
class AccessRequests {

    static final int MAX_REASONS = 1000;
    static final int MAX_RATE = 100_000;

    /** What the provider's approver decides. {@code items} and {@code ratePerMinute} may be null: as asked. */
    record Approval(List<String> items, Integer ratePerMinute) {
    }

    /** The request as stored and the grant it produced, if any. */
    record Submitted(AccessRequest request, Long grantId) {
    }

    private final ResourceCatalog catalog;
    private final AccessRequestRepository requests;
    private final GrantRepository grants;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AccessRequests(ResourceCatalog catalog, AccessRequestRepository requests, GrantRepository grants,
            WorkingDays workingDays, AuditTrail audit, ExchangeProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.catalog = catalog;
        this.requests = requests;
        this.grants = grants;
        this.workingDays = workingDays;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    Submitted submit(AccessRequestInput input, AccountPrincipal principal) {
        long consumer = staffDepartment(principal);
        String code = input.resourceCode() == null ? "" : input.resourceCode().strip();
        ValidRequest valid;
        try {
            if (code.isEmpty()) {
                throw RuleViolationException.of("resourceCode", "exchange.required");
            }
            CatalogResource resource = catalog.byCode(code)
                    .orElseThrow(() -> RuleViolationException.of("resourceCode", "exchange.resource.unknown", code));
            valid = AccessRequestRules.check(input, resource, consumer, today(), properties.maxValidityDays());
        } catch (RuleViolationException refused) {
            audit.record("exchange.request.submit", "resource:" + code, AuditOutcome.DENIED,
                    refused.violations().stream().map(RuleViolation::rule).distinct().toList().toString());
            throw refused;
        }
        return transaction.execute(status -> {
            Instant now = clock.instant();
            boolean atOnce = valid.resource().sharingType() == SharingType.UNCONDITIONAL;
            LocalDate due = atOnce ? null
                    : workingDays.current().addWorkingDays(today(), properties.answerWithinWorkingDays());
            long id = requests.insert(valid, principal.getName(), principal.accountId(),
                    atOnce ? RequestStatus.GRANTED : RequestStatus.PENDING, now, due);
            audit.record("exchange.request.submit", "request:" + id, AuditOutcome.SUCCESS,
                    valid.resource().code() + " " + valid.items());
            Long grantId = null;
            if (atOnce) {
                requests.decide(id, RequestStatus.GRANTED, now, "unconditional", principal.accountId(), null);
                AccessRequest stored = requests.byId(id).orElseThrow();
                grantId = grants.insert(stored, stored.items(), properties.defaultRatePerMinute(), now);
                audit.record("exchange.grant.create", "grant:" + grantId, AuditOutcome.SUCCESS,
                        "无条件共享 " + stored.resourceCode() + " request:" + id);
            }
            return new Submitted(requests.byId(id).orElseThrow(), grantId);
        });
    }

    long approve(long requestId, Approval approval, AccountPrincipal principal) {
        return decide(requestId, principal, "exchange.request.approve", request -> {
            List<RuleViolation> broken = new ArrayList<>();
            List<String> items = grantedItems(request, approval.items(), broken);
            Integer rate = approval.ratePerMinute();
            if (rate != null && (rate < 1 || rate > MAX_RATE)) {
                broken.add(RuleViolation.of("ratePerMinute", "exchange.rate.range", MAX_RATE));
            }
            if (!broken.isEmpty()) {
                throw new RuleViolationException(broken);
            }
            Instant now = clock.instant();
            requests.decide(request.id(), RequestStatus.GRANTED, now, principal.getName(), principal.accountId(), null);
            long grantId = grants.insert(request, items, rate == null ? properties.defaultRatePerMinute() : rate, now);
            audit.record("exchange.request.approve", "request:" + request.id(), AuditOutcome.SUCCESS,
                    "grant:" + grantId + " " + items);
            return grantId;
        });
    }

    void refuse(long requestId, String reasons, AccountPrincipal principal) {
        decide(requestId, principal, "exchange.request.refuse", request -> {
            if (reasons == null || reasons.isBlank()) {
                throw RuleViolationException.of("reasons", "exchange.refusal.reasons-required");
            }
            if (reasons.strip().length() > MAX_REASONS) {
                throw RuleViolationException.of("reasons", "exchange.text.length", MAX_REASONS);
            }
            requests.decide(request.id(), RequestStatus.REFUSED, clock.instant(), principal.getName(),
                    principal.accountId(), reasons.strip());
            audit.record("exchange.request.refuse", "request:" + request.id(), AuditOutcome.SUCCESS, reasons.strip());
            return 0L;
        });
    }

    /** The consumer may give a grant up, the provider may withdraw it; either states why. */
    void revoke(long grantId, String reason, AccountPrincipal principal) {
        long department = staffDepartment(principal);
        try {
            transaction.executeWithoutResult(status -> {
                Grant grant = grants.byIdForUpdate(grantId).orElseThrow(() -> new RuleViolationException(
                        HttpStatus.NOT_FOUND, List.of(RuleViolation.of("grant", "exchange.grant.unknown", grantId))));
                if (grant.consumerDepartmentId() != department && grant.providerDepartmentId() != department) {
                    throw new RuleViolationException(HttpStatus.FORBIDDEN,
                            List.of(RuleViolation.of("grant", "exchange.grant.not-a-party")));
                }
                if (grant.revokedAt() != null) {
                    throw RuleViolationException.conflict("grant", "exchange.grant.revoked");
                }
                if (reason == null || reason.isBlank()) {
                    throw RuleViolationException.of("reason", "exchange.revoke.reason-required");
                }
                if (reason.strip().length() > MAX_REASONS) {
                    throw RuleViolationException.of("reason", "exchange.text.length", MAX_REASONS);
                }
                grants.revoke(grantId, clock.instant(), principal.getName(), reason.strip());
                audit.record("exchange.grant.revoke", "grant:" + grantId, AuditOutcome.SUCCESS, reason.strip());
            });
        } catch (RuleViolationException refused) {
            audit.record("exchange.grant.revoke", "grant:" + grantId, AuditOutcome.DENIED,
                    refused.violations().get(0).rule());
            throw refused;
        }
    }

    private interface Decision {
        long apply(AccessRequest request);
    }

    private long decide(long requestId, AccountPrincipal principal, String action, Decision decision) {
        long department = staffDepartment(principal);
        try {
            return transaction.execute(status -> {
                AccessRequest request = requests.byIdForUpdate(requestId).orElseThrow(() -> new RuleViolationException(
                        HttpStatus.NOT_FOUND, List.of(RuleViolation.of("request", "exchange.request.unknown", requestId))));
                if (request.providerDepartmentId() != department) {
                    throw new RuleViolationException(HttpStatus.FORBIDDEN,
                            List.of(RuleViolation.of("request", "exchange.approver.not-provider")));
                }
                if (request.status() != RequestStatus.PENDING) {
                    throw RuleViolationException.conflict("request", "exchange.request.decided");
                }
                return decision.apply(request);
            });
        } catch (RuleViolationException refused) {
            audit.record(action, "request:" + requestId, AuditOutcome.DENIED, refused.violations().get(0).rule());
            throw refused;
        }
    }

    /** The approver may grant fewer items than asked for, never others. */
    private static List<String> grantedItems(AccessRequest request, List<String> chosen, List<RuleViolation> broken) {
        if (chosen == null || chosen.isEmpty()) {
            return request.items();
        }
        Set<String> wanted = new LinkedHashSet<>(chosen);
        for (String item : wanted) {
            if (!request.items().contains(item)) {
                broken.add(RuleViolation.of("items", "exchange.items.not-requested", item));
            }
        }
        return request.items().stream().filter(wanted::contains).toList();
    }

    static long staffDepartment(AccountPrincipal principal) {
        if (principal == null || !principal.isStaff() || principal.departmentId() == null) {
            throw new RuleViolationException(HttpStatus.FORBIDDEN,
                    List.of(RuleViolation.of("department", "exchange.department.required")));
        }
        return principal.departmentId();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
