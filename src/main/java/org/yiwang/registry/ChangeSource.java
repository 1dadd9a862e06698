package org.yiwang.registry;

import java.util.Objects;
import org.yiwang.identity.AccountPrincipal;

/**
 * Who supplies a change to a register: the department that answers for the data and the actor as the audit
 * trail names him (e.g. {@code clerk#12}, or {@code demo} for loaded data).
 */
public record ChangeSource(long departmentId, String actor) {

    public ChangeSource {
        Objects.requireNonNull(actor);
    }

    /** The signed-in staff member and his department. */
    public static ChangeSource currentStaff() {
        AccountPrincipal principal = AccountPrincipal.current()
                .filter(p -> p.isStaff() && p.departmentId() != null)
                .orElseThrow(() -> new IllegalStateException("register changes need a signed-in staff member of a department"));
        return new ChangeSource(principal.departmentId(), principal.getName());
    }
}
