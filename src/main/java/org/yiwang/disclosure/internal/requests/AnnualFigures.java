package org.yiwang.disclosure.internal.requests;

import java.util.Map;

/**
 * The figures of a department's annual report on government information disclosure (政府信息公开工作年度报告) for
 * one calendar year: proactive publications, and requests received (by kind of requester), carried over from the
 * year before, answered (by outcome, and the refusals by their reasons), extended, sent a correction notice,
 * overdue, and carried into the next year. For a closed year, {@code carriedOver + received = answered +
 * carriedForward}.
 */
record AnnualFigures(String departmentCode, String departmentName, int year, long proactivelyPublished,
        Map<RequesterKind, Long> received, long receivedTotal, long carriedOver, Map<Outcome, Long> answered,
        long answeredTotal, Map<Exemption, Long> withheldByExemption, Map<UnavailableReason, Long> unavailableByReason,
        Map<NotProcessedReason, Long> notProcessedByReason, long extended, long corrected, long overdue,
        long carriedForward) {
}
