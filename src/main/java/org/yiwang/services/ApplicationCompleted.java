package org.yiwang.services;

import java.time.Instant;

/**
 * An application is finished (办结), whatever the outcome; from now on its applicant may rate it once (好差评).
 *
 * @param departmentId the department answerable for the service (the one a bad rating goes back to)
 * @param realName whether the applicant is a real-name account (always true for citizens and enterprises)
 */
public record ApplicationCompleted(String applicationNumber, String itemCode, String itemName,
        long applicantAccountId, long departmentId, String departmentName, boolean realName, Instant completedAt) {
}
