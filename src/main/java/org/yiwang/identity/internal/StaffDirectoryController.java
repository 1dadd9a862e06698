package org.yiwang.identity.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountKind;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;

/** Colleagues within the caller's data scope: the simplest data a department keeps about its own people. */
@RestController
class StaffDirectoryController {

    record Colleague(long id, String name, AccountKind kind, Long departmentId, Long positionId) {
    }

    private final AccountRepository accounts;
    private final DataScopes scopes;

    StaffDirectoryController(AccountRepository accounts, DataScopes scopes) {
        this.accounts = accounts;
        this.scopes = scopes;
    }

    @GetMapping("/api/v1/identity/staff")
    @PreAuthorize("hasAuthority('staff:directory')")
    List<Colleague> staff(@AuthenticationPrincipal AccountPrincipal principal) {
        return accounts.staff(scopes.departments(principal)).stream()
                .map(a -> new Colleague(a.id(), a.displayName(), a.kind(), a.departmentId(), a.positionId()))
                .toList();
    }
}
