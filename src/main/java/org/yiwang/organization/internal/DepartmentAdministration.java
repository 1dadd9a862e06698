package org.yiwang.organization.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentChanged;
import org.yiwang.organization.DepartmentCreated;

/**
 * Creating, changing and dissolving departments. Each change is checked in full before anything is
 * written, and the audit record and the event go out in the same transaction as the change.
 */
@Service
@Transactional
class DepartmentAdministration {

    private final DepartmentRepository departments;
    private final DivisionRepository divisions;
    private final VerticalLineRepository lines;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    DepartmentAdministration(DepartmentRepository departments, DivisionRepository divisions,
            VerticalLineRepository lines, AuditTrail audit, ApplicationEventPublisher events) {
        this.departments = departments;
        this.divisions = divisions;
        this.lines = lines;
        this.audit = audit;
        this.events = events;
    }

    Department create(DepartmentRequest input) {
        DepartmentRequest request = input.normalized();
        refuseIfBroken(rules().check(request, null));
        if (departments.codeTaken(request.code())) {
            throw RuleViolationException.conflict("code", "department.code-taken", request.code());
        }
        long id;
        try {
            id = departments.insert(request.toDraft());
        } catch (DuplicateKeyException raced) {
            throw RuleViolationException.conflict("code", "department.code-taken", request.code());
        }
        Department created = departments.find(id).orElseThrow();
        audit.record("organization.department.create", target(created), AuditOutcome.SUCCESS, describe(created));
        events.publishEvent(new DepartmentCreated(created));
        return created;
    }

    Department update(long id, DepartmentChanges changes) {
        Department current = departments.find(id).orElseThrow(() -> NotFound.department(id));
        if (!current.isActive()) {
            throw RuleViolationException.conflict("status", "department.dissolved", current.code());
        }
        DepartmentRequest request = DepartmentRequest.editing(current, changes).normalized();
        refuseIfBroken(rules().check(request, id));
        departments.update(id, request.toDraft());
        Department updated = departments.find(id).orElseThrow();
        audit.record("organization.department.update", target(updated), AuditOutcome.SUCCESS, describe(updated));
        events.publishEvent(new DepartmentChanged(updated));
        return updated;
    }

    /** Dissolving (撤销) keeps the row: cases, documents and accounts elsewhere still point at it. */
    Department dissolve(long id) {
        Department current = departments.find(id).orElseThrow(() -> NotFound.department(id));
        if (!current.isActive()) {
            throw RuleViolationException.conflict("status", "department.already-dissolved", current.code());
        }
        List<Department> subordinates = departments.findActiveChildren(id);
        if (!subordinates.isEmpty()) {
            throw RuleViolationException.conflict("status", "department.has-active-subordinates",
                    current.code(), subordinates.size());
        }
        departments.dissolve(id);
        Department dissolved = departments.find(id).orElseThrow();
        audit.record("organization.department.dissolve", target(dissolved), AuditOutcome.SUCCESS, describe(dissolved));
        events.publishEvent(new DepartmentChanged(dissolved));
        return dissolved;
    }

    private DepartmentRules rules() {
        return new DepartmentRules(divisions.tree(), code -> lines.find(code).isPresent(), departments::find);
    }

    private static void refuseIfBroken(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static String target(Department department) {
        return "department:" + department.id();
    }

    private static String describe(Department d) {
        return "code=" + d.code() + " name=" + d.name() + " division=" + d.divisionCode() + " line=" + d.lineCode()
                + " parent=" + d.parentId() + " kind=" + d.kind().code() + " status=" + d.status().code();
    }
}
