package org.yiwang.registry.internal;

import org.springframework.security.core.Authentication;
import org.yiwang.identity.AccountPrincipal;

/** Who reads a register record and how much he may see. */
record Reader(AccountPrincipal principal, boolean fullView) {

    static final String READ = "registry:read";
    static final String READ_FULL = "registry:read-full";

    static Reader of(Authentication authentication) {
        boolean full = authentication.getAuthorities().stream().anyMatch(a -> READ_FULL.equals(a.getAuthority()));
        return new Reader((AccountPrincipal) authentication.getPrincipal(), full);
    }

    String account() {
        return principal.getName();
    }

    Long departmentId() {
        return principal.departmentId();
    }
}
