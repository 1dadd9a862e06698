package org.yiwang.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.WorkingDays;
import org.yiwang.support.PlatformTest;

/**
 * Every step gets its working-day deadline from the model as Flowable creates it: at the start, after a
 * completion and after a return, in the open task and in the finished step's history; a deadline set by hand
 * replaces it. The serial model (受理 2, 审查 5, 决定 2, 办结 1 working days) runs on departments of its own.
 */
@PlatformTest
class StepDeadlinesIT {

    private static final long WINDOW = 990_001L;
    private static final long OFFICE = 990_002L;

    @Autowired Workflow workflow;
    @Autowired WorkingDays workingDays;

    @Test
    void each_step_is_due_its_working_days_after_it_opens_and_keeps_that_deadline_in_its_history() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String key = "DEADLINE-" + System.nanoTime();
        TaskActor window = new TaskActor(1L, WINDOW, Set.of("accept"));
        TaskActor office = new TaskActor(2L, OFFICE, Set.of("examine", "decide"));
        workflow.start("serialLicensing", key, Map.of("dept_window", WINDOW, "dept_office", OFFICE));

        WorkflowTask accept = single(key);
        assertThat(accept.step()).isEqualTo("accept");
        assertThat(accept.dueDate()).isEqualTo(workingDays.current().addWorkingDays(today, 2));

        List<WorkflowTask> next = workflow.complete(accept.id(), window, "予以受理", Map.of("accepted", true));
        assertThat(next).singleElement().satisfies(examine -> {
            assertThat(examine.step()).isEqualTo("examine");
            assertThat(examine.dueDate()).isEqualTo(workingDays.current().addWorkingDays(today, 5));
        });
        assertThat(workflow.finishedSteps(key)).singleElement().satisfies(done -> {
            assertThat(done.step()).isEqualTo("accept");
            assertThat(done.dueDate()).isEqualTo(workingDays.current().addWorkingDays(today, 2));
            assertThat(done.opinion()).isEqualTo("予以受理");
        });

        LocalDate extended = workingDays.current().addWorkingDays(today, 9);
        workflow.setDeadline(next.get(0).id(), extended);
        assertThat(single(key).dueDate()).isEqualTo(extended);

        workflow.complete(next.get(0).id(), office, "审查通过", Map.of());
        WorkflowTask decide = single(key);
        List<WorkflowTask> returned = workflow.returnTo(decide.id(), "examine", office, "补充核查经营场所");
        assertThat(returned).singleElement().satisfies(again -> {
            assertThat(again.step()).isEqualTo("examine");
            assertThat(again.dueDate()).isEqualTo(workingDays.current().addWorkingDays(today, 5));
        });

        workflow.complete(returned.get(0).id(), office, "复核通过", Map.of());
        workflow.complete(single(key).id(), office, "准予许可", Map.of("approved", true));
        WorkflowTask conclude = single(key);
        assertThat(conclude.dueDate()).isEqualTo(workingDays.current().addWorkingDays(today, 1));
        assertThat(workflow.complete(conclude.id(), window, "已送达", Map.of())).isEmpty();
        assertThat(workflow.openTasks(key)).isEmpty();
    }

    @Test
    void a_deadline_cannot_be_set_on_a_step_that_does_not_exist() {
        assertThatThrownBy(() -> workflow.setDeadline("no-such-task", LocalDate.of(2026, 12, 31)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.status().value()).isEqualTo(404));
    }

    private WorkflowTask single(String key) {
        List<WorkflowTask> open = workflow.openTasks(key);
        assertThat(open).hasSize(1);
        return open.get(0);
    }
}
