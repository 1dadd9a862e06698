package org.yiwang.identity;

import java.util.Set;

/**
 * Whose data a staff member may see. Always his own department. With the subordinate-division grant, also
 * the departments of his vertical line (条) in the divisions below his department's; a department of the
 * government-services line (办公厅, 政务服务中心: the regional block's own leadership) reaches every line there.
 */
public interface DataScopes {

    Set<Long> departments(AccountPrincipal principal);

    default boolean covers(AccountPrincipal principal, long departmentId) {
        return departments(principal).contains(departmentId);
    }
}
