package org.yiwang.disclosure.internal.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;
import org.yiwang.common.WorkingDayCalendar;
import org.yiwang.organization.WorkingDays;

/**
 * Puts disclosure work on the staff workbench. 待办: for a reviewer, what his department's colleagues submitted; for
 * an author, his own drafts and returned publications, each with its 20-working-day deadline and a yellow or red
 * warning. 已办: the publications he submitted, reviewed or withdrew. Nothing is sent to be read.
 */
@Component
class DisclosureWorkItems implements WorkItemSource {

    static final String SOURCE = "disclosure";
    private static final String AUTHOR = "disclosure:author";
    private static final String REVIEW = "disclosure:review";

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final Clock clock;

    DisclosureWorkItems(JdbcClient jdbc, WorkingDays workingDays, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> items(Viewer viewer, WorkList list, int limit) {
        Locale locale = LocaleContextHolder.getLocale();
        List<WorkItem> items = new ArrayList<>();
        if (list == WorkList.PENDING) {
            WorkingDayCalendar calendar = workingDays.current();
            LocalDate today = LocalDate.now(clock);
            if (viewer.permissions().contains(REVIEW) && viewer.departmentId() != null) {
                jdbc.sql(PublicationRepository.SUMMARY + REVIEWS + " order by submitted_at limit ?")
                        .params(viewer.departmentId(), viewer.accountId(), limit)
                        .query(PublicationRepository::summary).list()
                        .forEach(s -> items.add(item(s, "review", calendar, today, locale)));
            }
            if (viewer.permissions().contains(AUTHOR)) {
                jdbc.sql(PublicationRepository.SUMMARY + DRAFTS + " order by due_on limit ?")
                        .params(viewer.accountId(), limit)
                        .query(PublicationRepository::summary).list()
                        .forEach(s -> items.add(item(s, s.status() == Status.RETURNED ? "returned" : "draft",
                                calendar, today, locale)));
            }
        } else if (list == WorkList.HANDLED) {
            jdbc.sql("""
                    select p.id, p.index_number, p.title, p.department_name, p.status, p.due_on, max(s.at) as handled_at
                    from disclosure.publication_step s join disclosure.publication p on p.id = s.publication_id
                    where s.actor_id = ? and s.action in ('SUBMIT', 'APPROVE', 'RETURN', 'WITHDRAW')
                    group by p.id order by handled_at desc limit ?""")
                    .params(viewer.accountId(), limit)
                    .query((rs, n) -> new WorkItem(SOURCE, String.valueOf(rs.getLong("id")),
                            label("status." + rs.getString("status"), locale) + "：" + rs.getString("title"),
                            rs.getString("department_name"), rs.getTimestamp("handled_at").toInstant(), null, null,
                            "/workbench/disclosure/" + rs.getLong("id")))
                    .list()
                    .forEach(items::add);
        }
        return items.stream().sorted(Comparator.comparing(WorkItem::receivedAt).reversed()).limit(limit).toList();
    }

    @Override
    public int count(Viewer viewer, WorkList list) {
        int count = 0;
        if (list == WorkList.PENDING) {
            if (viewer.permissions().contains(REVIEW) && viewer.departmentId() != null) {
                count += jdbc.sql("select count(*) from disclosure.publication " + REVIEWS)
                        .params(viewer.departmentId(), viewer.accountId()).query(Integer.class).single();
            }
            if (viewer.permissions().contains(AUTHOR)) {
                count += jdbc.sql("select count(*) from disclosure.publication " + DRAFTS)
                        .param(viewer.accountId()).query(Integer.class).single();
            }
        } else if (list == WorkList.HANDLED) {
            count = jdbc.sql("""
                    select count(distinct publication_id) from disclosure.publication_step
                    where actor_id = ? and action in ('SUBMIT', 'APPROVE', 'RETURN', 'WITHDRAW')""")
                    .param(viewer.accountId()).query(Integer.class).single();
        }
        return count;
    }

    private static final String REVIEWS = " where status = 'SUBMITTED' and department_id = ? and author_id is distinct from ?";
    private static final String DRAFTS = " where status in ('DRAFT', 'RETURNED') and author_id = ?";

    private WorkItem item(PublicationSummary s, String kind, WorkingDayCalendar calendar, LocalDate today,
            Locale locale) {
        return new WorkItem(SOURCE, String.valueOf(s.id()), label("work." + kind, locale) + "：" + s.title(),
                s.departmentName(), kind.equals("review") ? s.submittedAt() : s.createdAt(), s.dueOn(),
                PublishingDeadline.warning(calendar, s.dueOn(), today), "/workbench/disclosure/" + s.id());
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("disclosure." + key, null, key, locale);
    }
}
