package org.yiwang.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, as other modules see it. {@code departmentId} is set for staff and leaders;
 * {@code subordinateScope} says whether their data scope reaches the divisions below their department's.
 */
public record AccountPrincipal(long accountId, AccountKind kind, String loginName, String displayName,
        Long departmentId, boolean subordinateScope) implements Principal, Serializable {

    /** How the account appears as an actor in the audit trail: unambiguous, and never a full ID number. */
    @Override
    public String getName() {
        return loginName + "#" + accountId;
    }

    /** The signed-in account of the current request, if any. */
    public static Optional<AccountPrincipal> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public boolean isStaff() {
        return kind == AccountKind.STAFF || kind == AccountKind.LEADER;
    }
}
