package org.yiwang.organization.internal.calendar;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;

/** The administrators' page for the working-day calendar: one year's entries, and a form to set or remove a day. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasAuthority('calendar:manage')")
class CalendarAdminPage {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CalendarAdministration administration;
    private final CalendarWorkingDays workingDays;
    private final MessageSource messages;

    CalendarAdminPage(CalendarAdministration administration, CalendarWorkingDays workingDays, MessageSource messages) {
        this.administration = administration;
        this.workingDays = workingDays;
        this.messages = messages;
    }

    /** What the form shows: empty, an entry to change, or what was submitted with its errors. */
    record Form(String date, String kind, String name) {
    }

    /** Shows {@code year} (this year when absent or out of range); {@code edit} fills the form with that day's entry. */
    @GetMapping
    String show(@RequestParam(required = false) String year, @RequestParam(required = false) String edit, Model model) {
        int shown = parseYear(year).orElseGet(CalendarAdminPage::thisYear);
        Form form = administration.year(shown).stream()
                .filter(day -> day.date().toString().equals(edit))
                .findFirst()
                .map(day -> new Form(day.date().toString(), day.kind().code(), day.name()))
                .orElse(new Form("", CalendarDayKind.HOLIDAY.code(), ""));
        return page(shown, form, Map.of(), model);
    }

    @PostMapping("/days")
    String set(@RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            CalendarDay saved = administration.set(parseDate(date), kind, name);
            redirect.addFlashAttribute("notice", text("calendar.saved", locale, saved.date().toString()));
            return "redirect:/admin/calendar?year=" + saved.date().getYear();
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(yearOf(date), new Form(date, kind, name), FormErrors.of(e, messages, locale), model);
        }
    }

    @PostMapping("/days/{date}/delete")
    String remove(@PathVariable String date, RedirectAttributes redirect, Locale locale) {
        try {
            LocalDate day = parseDate(date);
            administration.remove(day);
            redirect.addFlashAttribute("notice", text("calendar.removed", locale, date));
            return "redirect:/admin/calendar?year=" + day.getYear();
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("alert", String.join(" ", FormErrors.of(e, messages, locale).values()));
            return "redirect:/admin/calendar";
        }
    }

    private String page(int year, Form form, Map<String, String> errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", administration.year(year));
        model.addAttribute("covered", workingDays.current().covers(year));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/calendar-admin";
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RuleViolationException.of("date", "request.date", text);
        }
    }

    /** The year of the submitted date, so that the page shows the entries around it; this year if it is no date. */
    private static int yearOf(String date) {
        try {
            int year = LocalDate.parse(date).getYear();
            return isShown(year) ? year : thisYear();
        } catch (DateTimeParseException e) {
            return thisYear();
        }
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text);
            return isShown(year) ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isShown(int year) {
        return year >= CalendarRules.FIRST_YEAR && year <= CalendarRules.LAST_YEAR;
    }

    private static int thisYear() {
        return LocalDate.now(ZONE).getYear();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
