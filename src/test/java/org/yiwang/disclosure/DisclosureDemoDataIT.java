package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.common.WorkItem;
import org.yiwang.common.WorkItemSource;
import org.yiwang.common.WorkList;
import org.yiwang.identity.IdentityDirectory;
import org.yiwang.identity.StaffMember;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;

/**
 * The disclosure demo data as the demo profile loads it: requests in every state a visitor should see, taken through
 * the request desk by the demo staff (each step in the history under a staff account, and audited), and drafts
 * submitted by 西湖区政府办's author that wait on the second reviewer's workbench.
 */
@PlatformTest
class DisclosureDemoDataIT {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired OrganizationDirectory organization;
    @Autowired IdentityDirectory identity;
    @Autowired List<WorkItemSource> workItems;

    @Test
    void demo_requests_show_every_state_and_were_taken_through_the_desk() {
        long department = organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> states = jdbc.sql("""
                select count(*) filter (where status = 'PROCESSING' and correction_noticed_on is null
                                          and extension_status is null and due_on >= :today) as new_requests,
                       count(*) filter (where status = 'AWAITING_CORRECTION') as awaiting_correction,
                       count(*) filter (where status = 'PROCESSING' and corrected_on is not null) as corrected,
                       count(*) filter (where status = 'PROCESSING' and extension_status = 'APPROVED') as extended,
                       count(*) filter (where status = 'PROCESSING' and extension_status = 'PROPOSED') as extension_proposed,
                       count(*) filter (where status <> 'ANSWERED' and due_on < :today) as overdue,
                       count(distinct outcome) filter (where status = 'ANSWERED') as outcomes
                  from disclosure.info_request where department_id = :department and channel = 'WRITTEN'
                """).param("department", department).param("today", today).query().singleRow();
        assertThat(states).allSatisfy((state, count) -> assertThat(((Number) count).longValue()).as(state)
                .isPositive());
        assertThat(((Number) states.get("outcomes")).intValue()).as("kinds of answer").isGreaterThanOrEqualTo(6);

        List<String> anonymousSteps = jdbc.sql("""
                select r.number || ' ' || s.action from disclosure.info_request_step s
                  join disclosure.info_request r on r.id = s.request_id
                 where r.department_id = :department and r.channel = 'WRITTEN' and s.actor_account_id is null""")
                .param("department", department).query(String.class).list();
        assertThat(anonymousSteps).as("steps not taken by a staff account").isEmpty();
        List<StaffMember> staff = identity.staffWithPermission(department, "disclosure:handle-requests");
        List<String> auditedAs = staff.stream().map(m -> m.displayName() + "#" + m.accountId()).toList();
        assertThat(jdbc.sql("""
                select count(*) from audit.audit_record
                 where action in ('disclosure.request.registered', 'disclosure.request.extension-approved',
                                  'disclosure.request.corrected', 'disclosure.request.answered')
                   and actor in (:actors)""").param("actors", auditedAs).query(Integer.class).single())
                .as("demo steps in the audit trail under the demo staff").isGreaterThanOrEqualTo(15);
    }

    @Test
    void demo_drafts_wait_for_the_second_reviewer() {
        long department = organization.departmentByCode("ZJ-HZ-XH-BGS").orElseThrow().id();
        List<Map<String, Object>> drafts = jdbc.sql("""
                select id, title, author_id from disclosure.publication
                 where department_id = :department and status = 'SUBMITTED' order by id""")
                .param("department", department).query().listOfRows();
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(3);

        StaffMember reviewer = identity.staffWithPermission(department, "disclosure:review").stream()
                .filter(m -> drafts.stream().noneMatch(d -> ((Number) d.get("author_id")).longValue() == m.accountId()))
                .findFirst().orElseThrow();
        WorkItemSource.Viewer viewer = new WorkItemSource.Viewer(reviewer.accountId(), reviewer.departmentId(),
                reviewer.permissions());
        List<String> pending = workItems.stream().flatMap(source -> source.items(viewer, WorkList.PENDING, 50).stream())
                .map(WorkItem::title).toList();
        assertThat(pending).as("the reviewer's 待办").anySatisfy(title -> assertThat(title).contains("政策解读"));
        assertThat(pending).anySatisfy(title -> assertThat(title).contains("值班安排"));
    }
}
