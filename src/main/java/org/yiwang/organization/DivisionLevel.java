package org.yiwang.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The three levels of the GB/T 2260 hierarchy that the platform serves: 省, 市, 县. */
public enum DivisionLevel {
    PROVINCE("province"), CITY("city"), COUNTY("county");

    private final String code;

    DivisionLevel(String code) {
        this.code = code;
    }

    /** The name used in the database, in URLs ({@code ?level=province}) and in JSON. */
    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<DivisionLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
    }
}
