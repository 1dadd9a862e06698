package org.yiwang.disclosure.internal.requests;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.yiwang.identity.AccountPrincipal;

/** Who takes a step, with the permissions he holds: the desk decides from these what he may see and do. */
record Actor(AccountPrincipal principal, Set<String> permissions) {

    static final String FILE = "disclosure:file-request";
    static final String HANDLE = "disclosure:handle-requests";
    static final String APPROVE = "disclosure:approve-extension";
    static final String SUPERVISE = "disclosure:supervise-requests";

    Actor {
        permissions = Set.copyOf(permissions);
    }

    static Actor of(Authentication authentication) {
        return new Actor((AccountPrincipal) authentication.getPrincipal(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
    }

    long accountId() {
        return principal.accountId();
    }

    boolean may(String permission) {
        return permissions.contains(permission);
    }
}
