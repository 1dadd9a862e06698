package org.yiwang.organization.internal.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.common.WorkingDayCalendar;
import org.yiwang.organization.WorkingDays;

/**
 * Working-day arithmetic for anyone, and the calendar entries behind it for administrators to keep.
 * An answer is {@code provisional} when it runs into a year whose holidays nobody has entered yet: it then
 * counts weekends only and may move once that year's holidays are known.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final WorkingDays workingDays;
    private final CalendarAdministration administration;

    CalendarApiController(WorkingDays workingDays, CalendarAdministration administration) {
        this.workingDays = workingDays;
        this.administration = administration;
    }

    record WorkingDaysAnswer(LocalDate from, int days, LocalDate date, boolean provisional) {
    }

    record WorkingDayCount(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
    }

    record CalendarYear(int year, boolean covered, List<CalendarDay> days) {
    }

    record CalendarDayRequest(String kind, String name) {
    }

    /** The day a period of {@code days} working days starting on {@code from} ends; {@code from} itself does not count. */
    @GetMapping("/working-days")
    WorkingDaysAnswer addWorkingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam int days) {
        new CalendarRules().date("from", from).days("days", days).orRefuse();
        WorkingDayCalendar calendar = workingDays.current();
        LocalDate date = calendar.addWorkingDays(from, days);
        return new WorkingDaysAnswer(from, days, date, !calendar.covers(from, date));
    }

    /** The working days after {@code from} up to and including {@code to}. */
    @GetMapping("/working-days/count")
    WorkingDayCount countWorkingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        new CalendarRules().date("from", from).date("to", to).span("to", from, to).orRefuse();
        WorkingDayCalendar calendar = workingDays.current();
        return new WorkingDayCount(from, to, calendar.countWorkingDays(from, to), !calendar.covers(from, to));
    }

    @GetMapping("/days")
    CalendarYear days(@RequestParam(required = false) Integer year) {
        int wanted = year != null ? year : LocalDate.now(ZONE).getYear();
        List<CalendarDay> entries = administration.year(wanted);
        return new CalendarYear(wanted, workingDays.current().covers(wanted), entries);
    }

    @PutMapping("/days/{date}")
    @PreAuthorize("hasAuthority('calendar:manage')")
    CalendarDay set(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, @RequestBody CalendarDayRequest request) {
        return administration.set(date, request.kind(), request.name());
    }

    @DeleteMapping("/days/{date}")
    @PreAuthorize("hasAuthority('calendar:manage')")
    ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        administration.remove(date);
        return ResponseEntity.noContent().build();
    }
}
