package org.yiwang.organization.internal;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.Department;
import org.yiwang.organization.Position;

/** Creating and changing the positions (岗位) of a department; every change is audited. */
@Service
@Transactional
class PositionAdministration {

    private final PositionRepository positions;
    private final DepartmentRepository departments;
    private final AuditTrail audit;

    PositionAdministration(PositionRepository positions, DepartmentRepository departments, AuditTrail audit) {
        this.positions = positions;
        this.departments = departments;
        this.audit = audit;
    }

    Position create(long departmentId, PositionRequest input) {
        Department department = departments.find(departmentId).orElseThrow(() -> NotFound.department(departmentId));
        PositionRequest request = input.normalized();
        refuseIfBroken(PositionRules.check(request));
        if (!department.isActive()) {
            throw RuleViolationException.conflict("departmentId", "position.department-dissolved", department.code());
        }
        if (positions.codeTaken(departmentId, request.code())) {
            throw RuleViolationException.conflict("code", "position.code-taken", request.code());
        }
        long id;
        try {
            id = positions.insert(departmentId, request);
        } catch (DuplicateKeyException raced) {
            throw RuleViolationException.conflict("code", "position.code-taken", request.code());
        }
        Position created = positions.find(id).orElseThrow();
        audit.record("organization.position.create", target(created), AuditOutcome.SUCCESS, describe(created, department));
        return created;
    }

    Position update(long id, PositionChanges changes) {
        Position current = positions.find(id).orElseThrow(() -> NotFound.position(id));
        PositionRequest request = new PositionRequest(current.code(), changes.name(), changes.rank()).normalized();
        refuseIfBroken(PositionRules.check(request));
        Department department = departments.find(current.departmentId()).orElseThrow();
        if (!department.isActive()) {
            throw RuleViolationException.conflict("departmentId", "position.department-dissolved", department.code());
        }
        positions.update(id, request.name(), request.rank());
        Position updated = positions.find(id).orElseThrow();
        audit.record("organization.position.update", target(updated), AuditOutcome.SUCCESS, describe(updated, department));
        return updated;
    }

    private static void refuseIfBroken(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    private static String target(Position position) {
        return "position:" + position.id();
    }

    private static String describe(Position p, Department d) {
        return "department=" + d.code() + " code=" + p.code() + " name=" + p.name() + " rank=" + p.rank();
    }
}
