package org.yiwang.organization.internal;

import org.yiwang.organization.Department;
import org.yiwang.organization.DepartmentKind;

/**
 * A department as an administrator typed it, from the JSON API or the admin page. Nothing here is
 * trusted yet: {@link DepartmentRules} checks it and {@link #toDraft()} turns it into a draft.
 */
record DepartmentRequest(String code, String name, String shortName, String divisionCode, String lineCode,
        Long parentId, String kind) {

    /** Surrounding blanks removed, empty texts as absent: what a form posts for a field left empty. */
    DepartmentRequest normalized() {
        return new DepartmentRequest(clean(code), clean(name), clean(shortName), clean(divisionCode), clean(lineCode),
                parentId, clean(kind));
    }

    /** An existing department with the changes an administrator may make; code, division and line stay. */
    static DepartmentRequest editing(Department current, DepartmentChanges changes) {
        return new DepartmentRequest(current.code(), changes.name(), changes.shortName(), current.divisionCode(),
                current.lineCode(), changes.parentId(), changes.kind());
    }

    /** Only for a request that passed {@link DepartmentRules}. */
    DepartmentDraft toDraft() {
        return new DepartmentDraft(code, name, shortName, divisionCode, lineCode, parentId,
                DepartmentKind.fromCode(kind).orElseThrow());
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
