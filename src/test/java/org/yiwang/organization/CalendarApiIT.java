package org.yiwang.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.support.PlatformTest;

/** The calendar API; changes are made in June 2035, a month no other test looks at, and undone afterwards. */
@PlatformTest
class CalendarApiIT {

    static final RequestPostProcessor CALENDAR_ADMIN = user("calendar-admin").authorities(() -> "calendar:manage");
    static final RequestPostProcessor CLERK = user("clerk").authorities(() -> "workbench:use");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void undo_changes_to_2035() throws Exception {
        List<LocalDate> left = jdbc.queryForList("select day from organization.calendar_day where extract(year from day) = 2035",
                LocalDate.class);
        for (LocalDate day : left) {
            mvc.perform(delete("/api/v1/calendar/days/" + day).with(CALENDAR_ADMIN)).andExpect(status().isNoContent());
        }
    }

    ResultActions workingDays(String from, String days) throws Exception {
        return mvc.perform(get("/api/v1/calendar/working-days").param("from", from).param("days", days));
    }

    ResultActions setDay(String date, String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(put("/api/v1/calendar/days/" + date).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    int auditRecords(String date) {
        return jdbc.queryForObject("select count(*) from audit.audit_record where action = 'organization.calendar.set' "
                + "and target = ?", Integer.class, "calendar-day:" + date);
    }

    @Test
    void five_working_days_from_30_september_2026_end_on_13_october() throws Exception {
        workingDays("2026-09-30", "5")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-09-30"))
                .andExpect(jsonPath("$.days").value(5))
                .andExpect(jsonPath("$.date").value("2026-10-13"))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void period_running_into_a_year_without_holidays_is_provisional() throws Exception {
        workingDays("2026-12-31", "1").andExpect(jsonPath("$.date").value("2027-01-01"))
                .andExpect(jsonPath("$.provisional").value(true));
    }

    @Test
    void counts_working_days_after_from_up_to_and_including_to() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-09-15").param("to", "2026-10-19"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays").value(20))
                .andExpect(jsonPath("$.provisional").value(false));
    }

    @Test
    void lists_the_holidays_and_make_up_days_of_a_year() throws Exception {
        mvc.perform(get("/api/v1/calendar/days").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.covered").value(true))
                .andExpect(jsonPath("$.days.length()").value(39))
                .andExpect(jsonPath("$.days[?(@.date == '2026-10-10')].kind").value("workday"))
                .andExpect(jsonPath("$.days[?(@.date == '2026-10-10')].name").value("国庆节调休上班"));
    }

    @Test
    void refuses_negative_or_too_many_working_days() throws Exception {
        workingDays("2026-09-30", "-1").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].rule").value("calendar.days-range"))
                .andExpect(jsonPath("$.errors[0].message").value("工作日数须在 0 至 3650 之间。"));
        workingDays("2026-09-30", "3651").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("calendar.days-range"));
    }

    @Test
    void refuses_malformed_dates_and_numbers_naming_the_parameter() throws Exception {
        workingDays("2026-02-30", "5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].rule").value("request.date"));
        mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-09-30").param("days", "five")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"))
                .andExpect(jsonPath("$.errors[0].message").value("\"five\" is not a whole number."));
        mvc.perform(get("/api/v1/calendar/working-days").param("days", "5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].rule").value("request.required"));
    }

    @Test
    void refuses_to_count_from_a_date_after_the_end() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2026-10-19").param("to", "2026-09-15"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].rule").value("calendar.to-before-from"));
    }

    @Test
    void refuses_dates_and_years_outside_the_calendar_range() throws Exception {
        workingDays("1899-12-31", "1").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].rule").value("calendar.date-range"));
        mvc.perform(get("/api/v1/calendar/days").param("year", "1800")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].rule").value("calendar.year-range"));
    }

    @Test
    void changing_the_calendar_requires_calendar_manage() throws Exception {
        setDay("2035-06-13", "{\"kind\":\"holiday\",\"name\":\"测试假日\"}", CLERK).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/calendar/days/2026-10-10").with(CLERK)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/calendar/days/2035-06-13").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"holiday\",\"name\":\"测试假日\"}")).andExpect(status().isUnauthorized());

        assertThat(jdbc.queryForObject("select count(*) from organization.calendar_day where day = '2035-06-13'",
                Integer.class)).isZero();
        workingDays("2026-10-09", "1").andExpect(jsonPath("$.date").value("2026-10-10"));
    }

    @Test
    void a_new_holiday_moves_deadlines_at_once_and_is_audited() throws Exception {
        workingDays("2035-06-04", "1").andExpect(jsonPath("$.date").value("2035-06-05"));

        setDay("2035-06-05", "{\"kind\":\"holiday\",\"name\":\" 测试假日 \"}", CALENDAR_ADMIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2035-06-05"))
                .andExpect(jsonPath("$.kind").value("holiday"))
                .andExpect(jsonPath("$.name").value("测试假日"));

        workingDays("2035-06-04", "1").andExpect(jsonPath("$.date").value("2035-06-06"));
        assertThat(auditRecords("2035-06-05")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from audit.audit_record where target = 'calendar-day:2035-06-05'",
                String.class)).isEqualTo("none -> holiday 测试假日");
    }

    @Test
    void removing_a_day_makes_it_ordinary_again_and_is_audited() throws Exception {
        setDay("2035-06-09", "{\"kind\":\"workday\",\"name\":\"测试调休\"}", CALENDAR_ADMIN).andExpect(status().isOk());
        workingDays("2035-06-08", "1").andExpect(jsonPath("$.date").value("2035-06-09"));

        mvc.perform(delete("/api/v1/calendar/days/2035-06-09").with(CALENDAR_ADMIN)).andExpect(status().isNoContent());

        workingDays("2035-06-08", "1").andExpect(jsonPath("$.date").value("2035-06-11"));
        assertThat(auditRecords("2035-06-09")).isEqualTo(2);
        mvc.perform(delete("/api/v1/calendar/days/2035-06-09").with(CALENDAR_ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].rule").value("calendar.day-not-found"));
    }

    @Test
    void refuses_make_up_working_day_on_a_weekday_unknown_kinds_and_blank_names() throws Exception {
        setDay("2035-06-12", "{\"kind\":\"workday\",\"name\":\"测试\"}", CALENDAR_ADMIN)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].rule").value("calendar.workday-on-weekday"));
        setDay("2035-06-12", "{\"kind\":\"vacation\",\"name\":\" \"}", CALENDAR_ADMIN)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].rule").value(containsInAnyOrder(
                        "calendar.name", "calendar.kind")));
        assertThat(auditRecords("2035-06-12")).isZero();
    }
}
