package org.yiwang.organization.internal.calendar;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a calendar entry makes of its day. */
public enum CalendarDayKind {

    /** No work that day, whatever weekday it is. */
    HOLIDAY("holiday"),
    /** A Saturday or Sunday that is a working day (调休上班). */
    WORKDAY("workday");

    private final String code;

    CalendarDayKind(String code) {
        this.code = code;
    }

    /** The name used in the database, the seed file and the API. */
    @JsonValue
    public String code() {
        return code;
    }

    static Optional<CalendarDayKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
