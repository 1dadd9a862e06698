package org.yiwang.disclosure.internal.publishing;

import java.util.Set;
import java.util.function.LongPredicate;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;

/**
 * Who acts on a publication: the staff member (his account, his department and the departments his data scope
 * covers), or the platform itself when it loads the demo corpus.
 *
 * @param auditName how the audit trail names him
 */
record Actor(Long accountId, String name, String auditName, Long departmentId, LongPredicate scope) {

    static Actor of(AccountPrincipal principal, DataScopes scopes) {
        Set<Long> departments = scopes.departments(principal);
        return new Actor(principal.accountId(), principal.displayName(), principal.getName(),
                principal.departmentId(), departments::contains);
    }

    /** The platform acting on its own (demo data): every department is in reach. */
    static Actor platform(String name) {
        return new Actor(null, name, name, null, department -> true);
    }

    boolean covers(long departmentId) {
        return scope.test(departmentId);
    }
}
