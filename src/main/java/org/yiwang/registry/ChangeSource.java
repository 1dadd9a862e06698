package org.yiwang.registry;

import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;

/**
 * Who supplies a change to a register: the department that answers for the data and the actor as the audit
 * trail names him (e.g. {@code clerk#12}, or {@code demo} for loaded data).
 */
public record ChangeSource(long departmentId, String actor) {

    public ChangeSource {
        Objects.requireNonNull(actor);
    }

    /**
     * The signed-in staff member and his department.
     *
     * @throws RuleViolationException 403 when nobody, or a staff member of no department, is signed in: the
     *         register must know which department answers for a change
     */
    public static ChangeSource currentStaff() {
        AccountPrincipal principal = AccountPrincipal.current()
                .filter(p -> p.isStaff() && p.departmentId() != null)
                .orElseThrow(() -> new RuleViolationException(HttpStatus.FORBIDDEN,
                        List.of(RuleViolation.of("department", "registry.department.required"))));
        return new ChangeSource(principal.departmentId(), principal.getName());
    }
}
