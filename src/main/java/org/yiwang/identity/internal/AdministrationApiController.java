package org.yiwang.identity.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;

/** Account administration, split by the three administrator duties. */
@RestController
@RequestMapping("/api/v1/identity")
class AdministrationApiController {

    record RolesRequest(Set<String> roles, boolean subordinateScope) {
    }

    record RoleView(String code, String nameZh, String nameEn, String adminDuty, List<String> permissions) {
    }

    private final AccountAdministration administration;
    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    AdministrationApiController(AccountAdministration administration, AccountRepository accounts, JdbcClient jdbc,
            Clock clock) {
        this.administration = administration;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasAnyAuthority('account:manage', 'role:assign', 'account:unlock')")
    List<AccountView> accounts(@RequestParam(required = false) AccountKind kind,
            @RequestParam(defaultValue = "200") int limit) {
        return accounts.all(kind, Math.min(Math.max(limit, 1), 1000)).stream()
                .map(a -> AccountView.of(a, accounts.roles(a.id()), clock.instant())).toList();
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAnyAuthority('account:manage', 'role:assign')")
    List<RoleView> roles() {
        return jdbc.sql("""
                select r.code, r.name_zh, r.name_en, r.admin_duty,
                       coalesce(array_agg(rp.permission_code order by rp.permission_code)
                                filter (where rp.permission_code is not null), '{}') as permissions
                  from identity.role r left join identity.role_permission rp on rp.role_code = r.code
                 group by r.code order by r.code""")
                .query((rs, n) -> new RoleView(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                        rs.getString("admin_duty"), List.of((String[]) rs.getArray("permissions").getArray())))
                .list();
    }

    @PostMapping("/staff")
    @PreAuthorize("hasAuthority('account:manage')")
    ResponseEntity<Map<String, Object>> createStaff(@RequestBody AccountAdministration.StaffForm form) {
        long id = administration.createStaff(form);
        return ResponseEntity.created(URI.create("/api/v1/identity/accounts/" + id)).body(Map.of("accountId", id));
    }

    @PostMapping("/accounts/{id}/disable")
    @PreAuthorize("hasAuthority('account:manage')")
    ResponseEntity<Void> disable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal actor) {
        administration.setActive(id, false, actorId(actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/accounts/{id}/enable")
    @PreAuthorize("hasAuthority('account:manage')")
    ResponseEntity<Void> enable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal actor) {
        administration.setActive(id, true, actorId(actor));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/accounts/{id}/unlock")
    @PreAuthorize("hasAuthority('account:unlock')")
    ResponseEntity<Void> unlock(@PathVariable long id) {
        administration.unlock(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/accounts/{id}/second-factor/reset")
    @PreAuthorize("hasAuthority('account:unlock')")
    ResponseEntity<Void> resetSecondFactor(@PathVariable long id) {
        administration.resetSecondFactor(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/accounts/{id}/roles")
    @PreAuthorize("hasAuthority('role:assign')")
    ResponseEntity<Void> assignRoles(@PathVariable long id, @RequestBody RolesRequest body,
            @AuthenticationPrincipal AccountPrincipal actor) {
        administration.assignRoles(id, body.roles() == null ? Set.of() : body.roles(), body.subordinateScope(),
                actorId(actor));
        return ResponseEntity.noContent().build();
    }

    /** Tests sign in with plain users that are not accounts; they can never match a real account id. */
    private static long actorId(AccountPrincipal actor) {
        return actor == null ? -1 : actor.accountId();
    }
}
