package org.yiwang.common.internal.web;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.DivisionDirectory;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.internal.web.ValidationAnswers.CodeAndName;
import org.yiwang.common.internal.web.ValidationAnswers.CreditCodeAnswer;
import org.yiwang.common.internal.web.ValidationAnswers.DivisionCodeAnswer;
import org.yiwang.common.internal.web.ValidationAnswers.IdNumberAnswer;

/**
 * Lets forms and other systems check a citizen ID number, credit code or division code before they
 * submit it: 200 with the parts of a valid value, or 422 naming the broken rule. When the organization
 * module's division directory is present, a well-formed code for a division that does not exist is refused too.
 */
@RestController
@RequestMapping("/api/v1/validation")
class ValidationController {

    private final ObjectProvider<DivisionDirectory> directory;

    ValidationController(ObjectProvider<DivisionDirectory> directory) {
        this.directory = directory;
    }

    record ValueRequest(String value) {
    }

    @PostMapping("/id-number")
    IdNumberAnswer idNumber(@RequestBody ValueRequest request) {
        IdNumber id = IdNumber.parse(request.value());
        String divisionName = issuedDivision(id.divisionCode(), "id-number.division-unknown").orElse(null);
        return new IdNumberAnswer(true, id.value(), id.masked(), id.divisionCode().value(), divisionName,
                id.birthDate(), id.sex());
    }

    @PostMapping("/credit-code")
    CreditCodeAnswer creditCode(@RequestBody ValueRequest request) {
        CreditCode code = CreditCode.parse(request.value());
        DivisionCode division = code.divisionCode();
        // The nation is not a GB/T 2260 division, so no directory lists it.
        String divisionName = division.level() == DivisionCode.Level.NATIONAL ? null
                : issuedDivision(division, "credit-code.division-unknown").orElse(null);
        return new CreditCodeAnswer(true, code.value(),
                new CodeAndName(code.authority().code(), code.authority().chineseName()),
                new CodeAndName(code.organizationType().code(), code.organizationType().chineseName()),
                division.value(), divisionName, code.organizationCode());
    }

    @PostMapping("/division-code")
    DivisionCodeAnswer divisionCode(@RequestBody ValueRequest request) {
        DivisionCode code = DivisionCode.parse(request.value());
        String name = code.level() == DivisionCode.Level.NATIONAL ? null
                : nameOf(code, "division-code.unknown").orElse(null);
        return new DivisionCodeAnswer(true, code.value(), code.level(), name,
                code.parent().map(DivisionCode::value).orElse(null));
    }

    /** As {@link #nameOf}, for the division an ID number or credit code was issued in (see DivisionDirectory#recognises). */
    private Optional<String> issuedDivision(DivisionCode code, String unknownRule) {
        DivisionDirectory divisions = directory.getIfAvailable();
        if (divisions == null) {
            return Optional.empty();
        }
        if (!divisions.recognises(code)) {
            throw RuleViolationException.of("value", unknownRule, code.value());
        }
        return divisions.nameOrCityOf(code);
    }

    /** The division's name from the directory; empty when there is no directory to ask. */
    private Optional<String> nameOf(DivisionCode code, String unknownRule) {
        DivisionDirectory divisions = directory.getIfAvailable();
        if (divisions == null) {
            return Optional.empty();
        }
        return Optional.of(divisions.nameOf(code)
                .orElseThrow(() -> RuleViolationException.of("value", unknownRule, code.value())));
    }
}
