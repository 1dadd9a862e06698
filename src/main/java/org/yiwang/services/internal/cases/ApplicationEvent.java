package org.yiwang.services.internal.cases;

import java.time.Instant;

/** One line of an application's history as the applicant sees it. */
record ApplicationEvent(Instant at, String action, String step, String stepName, Long departmentId,
        String departmentName, String actor, String note) {
}
