package org.yiwang.organization;

import java.time.Instant;

/**
 * A department: one regional block (division) crossed with one vertical line (条块结合).
 *
 * @param code the department's own stable code (e.g. the organ's unified social credit code, or an
 *             internal code such as {@code ZJ-HZ-XH-SCJG}); other modules may refer to it
 * @param parentId the department above it: the bureau of the same line one level up, or for an
 *                 internal unit the department it belongs to; null at the top
 */
public record Department(long id, String code, String name, String shortName, String divisionCode, String lineCode,
        Long parentId, DepartmentKind kind, DepartmentStatus status, Instant createdAt, Instant updatedAt) {

    public boolean isActive() {
        return status == DepartmentStatus.ACTIVE;
    }
}
