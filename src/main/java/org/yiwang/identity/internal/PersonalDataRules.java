package org.yiwang.identity.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** Checks the personal data a registration form carries, collecting every violation at once. */
@Component
class PersonalDataRules {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·・. ]{2,40}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final ObjectProvider<DivisionDirectory> divisions;

    PersonalDataRules(ObjectProvider<DivisionDirectory> divisions) {
        this.divisions = divisions;
    }

    /** A valid ID number of a known division, or null after adding the violation. */
    IdNumber idNumber(String field, String value, List<RuleViolation> violations) {
        try {
            IdNumber id = IdNumber.parse(value == null ? "" : value.trim());
            DivisionDirectory directory = divisions.getIfAvailable();
            if (directory != null && !directory.recognises(id.divisionCode())) {
                violations.add(RuleViolation.of(field, "id-number.division-unknown", id.divisionCode().value()));
                return null;
            }
            return id;
        } catch (RuleViolationException e) {
            violations.addAll(e.forField(field).violations());
            return null;
        }
    }

    void name(String field, String value, List<RuleViolation> violations) {
        if (value == null || !NAME.matcher(value.trim()).matches()) {
            violations.add(RuleViolation.of(field, "name.format"));
        }
    }

    void mobile(String field, String value, List<RuleViolation> violations) {
        if (value == null || !MOBILE.matcher(value.trim()).matches()) {
            violations.add(RuleViolation.of(field, "phone.format"));
        }
    }
}
