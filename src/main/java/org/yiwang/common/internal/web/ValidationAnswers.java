package org.yiwang.common.internal.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.Sex;

/** What the validation API answers for a valid value. Names are left out when no directory knows them. */
final class ValidationAnswers {

    private ValidationAnswers() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IdNumberAnswer(boolean valid, String value, String masked, String divisionCode, String divisionName,
            LocalDate birthDate, Sex sex) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreditCodeAnswer(boolean valid, String value, CodeAndName authority, CodeAndName type,
            String divisionCode, String divisionName, String organizationCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DivisionCodeAnswer(boolean valid, String value, DivisionCode.Level level, String name, String parent) {
    }

    record CodeAndName(String code, String name) {

        CodeAndName(char code, String name) {
            this(String.valueOf(code), name);
        }
    }
}
