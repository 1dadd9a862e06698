package org.yiwang.identity;

import java.util.Set;

/**
 * A staff member as other modules may see him: to check whom a task may be handed to, or to list the
 * colleagues who could take it.
 */
public record StaffMember(long accountId, String displayName, long departmentId, Set<String> permissions) {

    public StaffMember {
        permissions = Set.copyOf(permissions);
    }
}
