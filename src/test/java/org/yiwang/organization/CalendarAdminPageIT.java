package org.yiwang.organization;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.support.PlatformTest;

/** The calendar administration page; changes are made in July 2035 and undone afterwards. */
@PlatformTest
class CalendarAdminPageIT {

    static final RequestPostProcessor CALENDAR_ADMIN = user("calendar-admin").authorities(() -> "calendar:manage");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void undo_changes_to_july_2035() throws Exception {
        for (String day : jdbc.queryForList("select day::text from organization.calendar_day "
                + "where day between '2035-07-01' and '2035-07-31'", String.class)) {
            mvc.perform(post("/admin/calendar/days/" + day + "/delete").with(CALENDAR_ADMIN).with(csrf()));
        }
    }

    @Test
    void lists_a_years_holidays_and_make_up_days_in_chinese() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").with(CALENDAR_ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("工作日历"), containsString("国庆节调休上班"),
                        containsString("2026-10-10"), containsString("调休上班"), containsString("星期六"))));
    }

    @Test
    void speaks_english_when_asked() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", "en").with(CALENDAR_ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Working-day calendar"),
                        containsString("Make-up working day"), containsString("Saturday"))));
    }

    @Test
    void warns_about_a_year_without_holidays() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2040").with(CALENDAR_ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2040 年还没有节假日数据")));
    }

    @Test
    void only_calendar_managers_see_the_page() throws Exception {
        mvc.perform(get("/admin/calendar").with(user("clerk").authorities(() -> "workbench:use")))
                .andExpect(status().isForbidden());
    }

    @Test
    void sets_and_removes_a_day_through_the_form() throws Exception {
        mvc.perform(post("/admin/calendar/days").with(CALENDAR_ADMIN).with(csrf())
                        .param("date", "2035-07-03").param("kind", "holiday").param("name", "页面测试假日"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2035"))
                .andExpect(flash().attribute("notice", "已保存 2035-07-03。"));
        mvc.perform(get("/admin/calendar").param("year", "2035").with(CALENDAR_ADMIN))
                .andExpect(content().string(containsString("页面测试假日")));

        mvc.perform(post("/admin/calendar/days/2035-07-03/delete").with(CALENDAR_ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/calendar").param("year", "2035").with(CALENDAR_ADMIN))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("页面测试假日"))));
    }

    @Test
    void shows_what_is_wrong_beside_the_form() throws Exception {
        mvc.perform(post("/admin/calendar/days").with(CALENDAR_ADMIN).with(csrf())
                        .param("date", "2035-07-03").param("kind", "workday").param("name", "页面测试"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("2035-07-03 不是周六或周日，不能设为调休上班日。")));
        mvc.perform(post("/admin/calendar/days").with(CALENDAR_ADMIN).with(csrf())
                        .param("date", "2035-02-30").param("kind", "holiday").param("name", "页面测试"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不是有效日期")));
    }

    @Test
    void form_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/calendar/days").with(CALENDAR_ADMIN)
                        .param("date", "2035-07-07").param("kind", "workday").param("name", "页面测试"))
                .andExpect(status().isForbidden());
    }
}
