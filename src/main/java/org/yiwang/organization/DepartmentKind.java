package org.yiwang.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

public enum DepartmentKind {
    /** 政府机关: a bureau, commission or office of a people's government. */
    GOVERNMENT_ORGAN("government-organ"),
    /** 内设机构: a section or office inside a department; always has that department as parent. */
    INTERNAL_UNIT("internal-unit"),
    /** 服务中心: a service centre such as a 政务服务中心 window hall. */
    SERVICE_CENTRE("service-centre");

    private final String code;

    DepartmentKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<DepartmentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
