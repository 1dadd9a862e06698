package org.yiwang.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A department is never deleted: records elsewhere keep pointing at it after it is dissolved (撤销). */
public enum DepartmentStatus {
    ACTIVE("active"), DISSOLVED("dissolved");

    private final String code;

    DepartmentStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<DepartmentStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
