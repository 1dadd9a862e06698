package org.yiwang.services.internal.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolationException;
import org.yiwang.identity.AccountPrincipal;
import org.yiwang.identity.DataScopes;

/** Ratings per department within the leader's data scope over a period: the five levels, satisfaction, follow-ups. */
@Service
class RatingStatistics {

    /** One department's line of the statistics. Satisfaction = (非常满意 + 满意 + 基本满意) / all, in percent. */
    record Line(long departmentId, String departmentName, long total, long verySatisfied, long satisfied,
            long basicallySatisfied, long dissatisfied, long veryDissatisfied, BigDecimal satisfactionPercent,
            long followUpsOpen, long followUpsOverdue, long followUpsClosed) {
    }

    record Report(LocalDate from, LocalDate to, long total, BigDecimal satisfactionPercent, List<Line> departments) {
    }

    private final RatingRepository ratings;
    private final DataScopes scopes;
    private final Clock clock;

    RatingStatistics(RatingRepository ratings, DataScopes scopes, Clock clock) {
        this.ratings = ratings;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** From {@code from} to {@code to} inclusive; by default the current year up to today. */
    @Transactional(readOnly = true)
    Report report(AccountPrincipal viewer, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(Ratings.ZONE));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (end.isBefore(start)) {
            throw RuleViolationException.of("to", "rating.period.order");
        }
        List<Line> lines = ratings.countsByDepartment(scopes.departments(viewer),
                        start.atStartOfDay(Ratings.ZONE).toInstant(), end.plusDays(1).atStartOfDay(Ratings.ZONE).toInstant(),
                        today)
                .stream().map(RatingStatistics::line)
                .sorted(Comparator.comparing(Line::total).reversed()).toList();
        long total = lines.stream().mapToLong(Line::total).sum();
        long good = lines.stream().mapToLong(l -> l.verySatisfied() + l.satisfied() + l.basicallySatisfied()).sum();
        return new Report(start, end, total, percent(good, total), lines);
    }

    private static Line line(RatingRepository.DepartmentCounts c) {
        long total = c.verySatisfied() + c.satisfied() + c.basicallySatisfied() + c.dissatisfied() + c.veryDissatisfied();
        return new Line(c.departmentId(), c.departmentName(), total, c.verySatisfied(), c.satisfied(),
                c.basicallySatisfied(), c.dissatisfied(), c.veryDissatisfied(),
                percent(c.verySatisfied() + c.satisfied() + c.basicallySatisfied(), total), c.followUpsOpen(),
                c.followUpsOverdue(), c.followUpsClosed());
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
