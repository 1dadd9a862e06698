package org.yiwang.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;

/** Access requests and grants over JSON: consumers submit and give up grants, providers decide and revoke. */
@RestController
class AccessRequestApi {

    record RequestView(long id, String resourceCode, String resourceName, String status, List<String> items,
            String purpose, String legalBasis, String method, LocalDate validFrom, LocalDate validUntil,
            int expectedVolume, Instant submittedAt, LocalDate dueOn, Instant decidedAt, String reasons,
            Long grantId) {

        static RequestView of(AccessRequest r) {
            return new RequestView(r.id(), r.resourceCode(), r.resourceName(), r.status().name(), r.items(),
                    r.purpose(), r.legalBasis(), r.method(), r.validFrom(), r.validUntil(), r.expectedVolume(),
                    r.submittedAt(), r.dueOn(), r.decidedAt(), r.reasons(), r.grantId());
        }
    }

    record GrantView(long id, long requestId, String resourceCode, List<String> items, String method,
            LocalDate validFrom, LocalDate validUntil, int ratePerMinute, Instant grantedAt, Instant revokedAt,
            String revokeReason) {

        static GrantView of(Grant g) {
            return new GrantView(g.id(), g.requestId(), g.resourceCode(), g.items(), g.method(), g.validFrom(),
                    g.validUntil(), g.ratePerMinute(), g.grantedAt(), g.revokedAt(), g.revokeReason());
        }
    }

    record Refusal(String reasons) {
    }

    record Revocation(String reason) {
    }

    record Granted(long grantId) {
    }

    private final AccessRequests requests;
    private final AccessRequestRepository stored;
    private final GrantRepository grants;

    AccessRequestApi(AccessRequests requests, AccessRequestRepository stored, GrantRepository grants) {
        this.requests = requests;
        this.stored = stored;
        this.grants = grants;
    }

    @PostMapping("/api/v1/exchange/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('exchange:request')")
    RequestView submit(@RequestBody AccessRequestInput input, @AuthenticationPrincipal AccountPrincipal principal) {
        return RequestView.of(requests.submit(input, principal).request());
    }

    @GetMapping("/api/v1/exchange/requests/{id}")
    @PreAuthorize("hasAnyAuthority('exchange:request', 'exchange:approve')")
    RequestView request(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal principal) {
        AccessRequest r = stored.byId(id).filter(x -> party(principal, x.consumerDepartmentId(), x.providerDepartmentId()))
                .orElseThrow(() -> notFound("request", "exchange.request.unknown", id));
        return RequestView.of(r);
    }

    @PostMapping("/api/v1/exchange/requests/{id}/approve")
    @PreAuthorize("hasAuthority('exchange:approve')")
    Granted approve(@PathVariable long id, @RequestBody(required = false) AccessRequests.Approval approval,
            @AuthenticationPrincipal AccountPrincipal principal) {
        return new Granted(requests.approve(id, approval == null ? new AccessRequests.Approval(null, null) : approval,
                principal));
    }

    @PostMapping("/api/v1/exchange/requests/{id}/refuse")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('exchange:approve')")
    void refuse(@PathVariable long id, @RequestBody Refusal refusal, @AuthenticationPrincipal AccountPrincipal principal) {
        requests.refuse(id, refusal.reasons(), principal);
    }

    @GetMapping("/api/v1/exchange/grants/{id}")
    @PreAuthorize("hasAnyAuthority('exchange:request', 'exchange:approve')")
    GrantView grant(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal principal) {
        return grants.byId(id).filter(g -> party(principal, g.consumerDepartmentId(), g.providerDepartmentId()))
                .map(GrantView::of).orElseThrow(() -> notFound("grant", "exchange.grant.unknown", id));
    }

    @PostMapping("/api/v1/exchange/grants/{id}/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAnyAuthority('exchange:request', 'exchange:approve')")
    void revoke(@PathVariable long id, @RequestBody Revocation revocation,
            @AuthenticationPrincipal AccountPrincipal principal) {
        requests.revoke(id, revocation.reason(), principal);
    }

    private static boolean party(AccountPrincipal principal, long consumer, long provider) {
        Long department = principal.departmentId();
        return department != null && (department == consumer || department == provider);
    }

    private static RuleViolationException notFound(String field, String rule, long id) {
        return new RuleViolationException(HttpStatus.NOT_FOUND, List.of(RuleViolation.of(field, rule, id)));
    }
}
