package org.yiwang.services;

import java.time.Instant;

/**
 * An application moved to a status its applicant must know about. Published by the services module in the
 * transaction that changed it; listeners turn it into messages to the applicant.
 *
 * @param applicationNumber the application's unique number (办件编号)
 * @param applicantAccountId the account that filed it (a citizen or an enterprise)
 * @param itemName the service item's name, for the message
 * @param departmentName the department that made the change
 * @param note reasons, the list of missing materials, or an opinion; may be null
 */
public record ApplicationStatusChanged(String applicationNumber, long applicantAccountId, String itemName,
        ApplicationStatus status, String departmentName, String note, Instant changedAt) {
}
