package org.yiwang.registry.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentChanged;
import org.yiwang.organization.OrganizationDirectory;

/**
 * The names of the departments that supplied register records, as every answer shows them, kept in memory so that a
 * lookup costs the database one read and one insert. A name is dropped once a change of its department has
 * committed; a name read while such a change was under way is not kept.
 */
@Component
class SupplierNames {

    private final OrganizationDirectory organization;
    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    SupplierNames(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** The department's name; its id as text for a department the directory does not know. */
    String of(long departmentId) {
        String known = names.get(departmentId);
        if (known != null) {
            return known;
        }
        long before = changes.get();
        String name = organization.department(departmentId).map(Department::name).orElse(null);
        if (name == null) {
            return String.valueOf(departmentId);
        }
        if (changes.get() == before) {
            names.put(departmentId, name);
        }
        return name;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DepartmentChanged changed) {
        changes.incrementAndGet();
        names.remove(changed.department().id());
    }
}
