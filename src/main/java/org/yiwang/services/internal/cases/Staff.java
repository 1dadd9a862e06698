package org.yiwang.services.internal.cases;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.workflow.TaskActor;

/** Task roles are the {@code services:} permissions that name a step kind; the rest do not make a group. */
final class Staff {

    static final Set<String> TASK_ROLES = Set.of("accept", "examine", "decide");
    static final String PREFIX = "services:";

    private Staff() {
    }

    static TaskActor actor(Authentication authentication) {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        if (principal.departmentId() == null) {
            throw new RuleViolationException(HttpStatus.FORBIDDEN,
                    java.util.List.of(RuleViolation.of("account", "services.staff.no-department")));
        }
        return actor(principal.accountId(), principal.departmentId(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
    }

    static TaskActor actor(long accountId, long departmentId, Set<String> permissions) {
        return new TaskActor(accountId, departmentId, permissions.stream().filter(p -> p.startsWith(PREFIX))
                .map(p -> p.substring(PREFIX.length())).filter(TASK_ROLES::contains).collect(Collectors.toSet()));
    }

    static String name(Authentication authentication) {
        return ((AccountPrincipal) authentication.getPrincipal()).getName();
    }
}
