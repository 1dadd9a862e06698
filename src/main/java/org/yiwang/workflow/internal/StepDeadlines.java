package org.yiwang.workflow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.interceptor.CreateUserTaskAfterContext;
import org.flowable.engine.interceptor.CreateUserTaskBeforeContext;
import org.flowable.engine.interceptor.CreateUserTaskInterceptor;
import org.springframework.stereotype.Component;
import org.yiwang.organization.WorkingDays;

/**
 * Gives each step its working-day deadline as Flowable creates the task, from the step's {@code yiwang:days} in
 * the model: the task row, and its history row, are written with the deadline already in place, instead of
 * being read back and updated after every start, completion or return. The deadline runs to the end of the last
 * working day, counted from today on the platform's calendar (the day the step opens never counts).
 */
@Component
class StepDeadlines implements CreateUserTaskInterceptor {

    /** The namespace of our own attributes in the process models, e.g. {@code yiwang:days="3"}. */
    static final String NAMESPACE = "http://yiwang.org/bpmn";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkingDays workingDays;
    private final Clock clock;

    StepDeadlines(WorkingDays workingDays, Clock clock) {
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public void beforeCreateUserTask(CreateUserTaskBeforeContext context) {
        Integer days = days(context.getUserTask());
        if (days != null && (context.getDueDate() == null || context.getDueDate().isBlank())) {
            // Flowable reads a due date that is no expression as an ISO 8601 date-time with its offset
            context.setDueDate(endOf(due(days)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    @Override
    public void afterCreateUserTask(CreateUserTaskAfterContext context) {
        // the deadline is set before the task is written; nothing is left to do once it exists
    }

    /** The last working day of a step of {@code days} working days that opens today. */
    LocalDate due(int days) {
        return workingDays.current().addWorkingDays(LocalDate.now(clock.withZone(ZONE)), days);
    }

    static Integer days(UserTask step) {
        String days = step == null ? null : step.getAttributeValue(NAMESPACE, "days");
        return days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
    }

    /** A deadline is a whole working day: it runs to the end of that day. */
    static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(ZONE).toOffsetDateTime();
    }
}
