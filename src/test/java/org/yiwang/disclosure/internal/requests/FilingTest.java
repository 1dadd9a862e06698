package org.yiwang.disclosure.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolationException;

/** What a request must state to be filed. */
class FilingTest {

    static List<String> refusals(Filing.Draft draft) {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> Filing.check(draft));
        assertThat(e).as("refused").isNotNull();
        return e.violations().stream().map(v -> v.field() + " " + v.rule()).toList();
    }

    @Test
    void a_complete_electronic_request_needs_no_address() {
        Filing filing = Filing.check(new Filing.Draft(3L, "  2026年度部门预算  ", "", "ELECTRONIC", "13800000001", null,
                null));
        assertThat(filing.description()).isEqualTo("2026年度部门预算");
        assertThat(filing.purpose()).isNull();
        assertThat(filing.delivery()).isEqualTo(DeliveryForm.ELECTRONIC);
    }

    @Test
    void an_empty_request_names_every_missing_field() {
        assertThat(refusals(new Filing.Draft(null, " ", null, null, null, null, null))).containsExactly(
                "departmentId disclosure-request.required", "description disclosure-request.required",
                "delivery disclosure-request.required", "phone disclosure-request.required");
    }

    @Test
    void paper_delivery_needs_a_postal_address() {
        assertThat(refusals(new Filing.Draft(3L, "预算", null, "PAPER", "0571-87001234", null, null)))
                .containsExactly("address disclosure-request.address.required-for-paper");
    }

    @Test
    void contact_details_and_lengths_are_checked() {
        assertThat(refusals(new Filing.Draft(3L, "预算".repeat(1001), null, "FAX", "12345", "not-an-address", null)))
                .containsExactly("description disclosure-request.text.length", "delivery disclosure-request.unknown-value",
                        "phone disclosure-request.phone.format", "email disclosure-request.email.format");
    }
}
