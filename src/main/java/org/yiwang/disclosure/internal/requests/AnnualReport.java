package org.yiwang.disclosure.internal.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolationException;
import org.yiwang.disclosure.PublishedInformation;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/** Counts a department's year from the requests as they stand in the database, and its publications. */
@Component
class AnnualReport {

    static final int FIRST_YEAR = 2019;

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;
    private final PublishedInformation published;
    private final Clock clock;

    AnnualReport(JdbcClient jdbc, OrganizationDirectory organization, PublishedInformation published,
            Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.published = published;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    AnnualFigures figures(String departmentCode, int year) {
        Department department = organization.departmentByCode(departmentCode)
                .orElseThrow(() -> RequestNotFound.department(departmentCode));
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw RuleViolationException.of("year", "disclosure-request.year.range",
                    String.valueOf(FIRST_YEAR), String.valueOf(today.getYear()));
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        long id = department.id();
        Map<RequesterKind, Long> received = zeros(RequesterKind.class);
        jdbc.sql("""
                        select requester_kind, count(*) as n from disclosure.info_request
                         where department_id = :d and received_on between :from and :to group by requester_kind
                        """)
                .param("d", id).param("from", from).param("to", to)
                .query(rs -> {
                    received.put(RequesterKind.valueOf(rs.getString("requester_kind")), rs.getLong("n"));
                });
        Map<Outcome, Long> answered = zeros(Outcome.class);
        Map<Exemption, Long> exemptions = zeros(Exemption.class);
        Map<UnavailableReason, Long> unavailable = zeros(UnavailableReason.class);
        Map<NotProcessedReason, Long> notProcessed = zeros(NotProcessedReason.class);
        jdbc.sql("""
                        select outcome, exemption, outcome_reason, count(*) as n from disclosure.info_request
                         where department_id = :d and answered_on between :from and :to
                         group by outcome, exemption, outcome_reason
                        """)
                .param("d", id).param("from", from).param("to", to)
                .query(rs -> {
                    Outcome outcome = Outcome.valueOf(rs.getString("outcome"));
                    long n = rs.getLong("n");
                    answered.merge(outcome, n, Long::sum);
                    String exemption = rs.getString("exemption");
                    if (outcome == Outcome.WITHHELD && exemption != null) {
                        exemptions.merge(Exemption.valueOf(exemption), n, Long::sum);
                    }
                    String reason = rs.getString("outcome_reason");
                    if (outcome == Outcome.UNAVAILABLE && reason != null) {
                        unavailable.merge(UnavailableReason.valueOf(reason), n, Long::sum);
                    }
                    if (outcome == Outcome.NOT_PROCESSED && reason != null) {
                        notProcessed.merge(NotProcessedReason.valueOf(reason), n, Long::sum);
                    }
                });
        Map<String, Object> counts = jdbc.sql("""
                        select
                          count(*) filter (where received_on < :from and (answered_on is null or answered_on >= :from))
                            as carried_over,
                          count(*) filter (where extension_status = 'APPROVED'
                                             and extension_decided_on between :from and :to) as extended,
                          count(*) filter (where correction_noticed_on between :from and :to) as corrected,
                          count(*) filter (where due_on between :from and :to
                                             and (answered_on > due_on or (answered_on is null and due_on < :today)))
                            as overdue,
                          count(*) filter (where received_on <= :to and (answered_on is null or answered_on > :to))
                            as carried_forward
                          from disclosure.info_request where department_id = :d and received_on <= :to
                        """)
                .param("d", id).param("from", from).param("to", to).param("today", today)
                .query().singleRow();
        return new AnnualFigures(department.code(), department.name(), year, published.countPublished(id, year),
                received, sum(received),
                number(counts, "carried_over"), answered, sum(answered), exemptions, unavailable, notProcessed,
                number(counts, "extended"), number(counts, "corrected"), number(counts, "overdue"),
                number(counts, "carried_forward"));
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E each : type.getEnumConstants()) {
            map.put(each, 0L);
        }
        return map;
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
