package org.yiwang.services.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yiwang.services.ApplicationStatus;

/**
 * An application (办件) as stored.
 *
 * @param prefilled the form fields filled from the registers with the applicant's consent (免提交)
 * @param pausedDays working days the clock stood still while the applicant supplemented
 */
record Application(long id, String number, String itemCode, String itemName, long applicantAccountId,
        String applicantKind, String holderName, String holderIdentifierMasked, Map<String, String> form,
        List<String> prefilled, boolean consent, ApplicationStatus status, long leadDepartmentId,
        String processInstanceId, Instant submittedAt, LocalDate acceptedOn, LocalDate promisedDue,
        LocalDate statutoryDue, int pausedDays, LocalDate supplementRequestedOn, String supplementNote,
        List<String> supplementFields, Boolean approved, String reasons, Instant decidedAt, Instant completedAt,
        String licenceNumber) {

    boolean open() {
        return completedAt == null;
    }
}
