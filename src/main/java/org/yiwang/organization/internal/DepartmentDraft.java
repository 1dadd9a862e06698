package org.yiwang.organization.internal;

import org.yiwang.organization.DepartmentKind;

/** A department that passed every rule, ready to be stored. */
record DepartmentDraft(String code, String name, String shortName, String divisionCode, String lineCode,
        Long parentId, DepartmentKind kind) {
}
