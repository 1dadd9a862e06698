package org.yiwang.registry;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Marital status with its GB/T 2261.2-2003 code. */
public enum MaritalStatus {
    UNMARRIED("10"), MARRIED("20"), FIRST_MARRIAGE("21"), REMARRIED("22"), REMARRIED_SAME_SPOUSE("23"),
    WIDOWED("30"), DIVORCED("40"), UNSTATED("90");

    private static final Map<String, MaritalStatus> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MaritalStatus::code, Function.identity()));

    private final String code;

    MaritalStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MaritalStatus> ofCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }
}
