package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.HeadlessChromium;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.TotpCodes;
import org.yiwang.support.TestDocuments;

/**
 * Disclosure on request in headless Chromium: a citizen files a request (after a refused first try) and tracks it;
 * a disclosure officer finds it in his list, picks the published information by its title and answers; the citizen
 * reads the answer. axe-core (see src/test/resources/axe) checks every request page against WCAG 2.0/2.1 A and AA.
 */
@PlatformTest
class DisclosureRequestsBrowserIT {

    static final String DEPARTMENT = "ZJ-HZ-XH-SCJG";
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;

    HeadlessChromium chromium;

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_citizen_files_and_tracks_a_request_and_an_officer_answers_it_on_accessible_pages() throws Exception {
        long department = organization.departmentByCode(DEPARTMENT).orElseThrow().id();
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        SignIn.Staff officer = SignIn.staff(mvc, department,
                Set.of("DISCLOSURE_REQUEST_OFFICER", "DISCLOSURE_REQUEST_SUPERVISOR"), false);
        Map<String, Object> publication = jdbc.sql("""
                select index_number, title from disclosure.publication where status = 'PUBLISHED'
                 order by published_on desc, id desc limit 1""").query().singleRow();
        String title = (String) publication.get("title");

        chromium = HeadlessChromium.open();
        signInCitizen(citizen);
        open("/disclosure-requests/new");
        accessible("the empty form");
        click("main form button[type=submit]");
        chromium.waiting().until(d -> !d.findElements(By.cssSelector("p.error")).isEmpty());
        accessible("the refused form");
        new Select(chromium.driver().findElement(By.id("departmentId"))).selectByValue(String.valueOf(department));
        type("description", "申请公开" + title + "的全文及附件");
        type("phone", "13800001234");
        click("main form button[type=submit]");
        chromium.waiting().until(ExpectedConditions.urlMatches("/disclosure-requests/\\d+$"));
        String requestPath = chromium.driver().getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
        String number = chromium.driver().findElement(By.tagName("h1")).getText().replaceAll(".*(YSQ\\d{4}-\\d{6}).*", "$1");
        assertThat(number).matches("YSQ\\d{4}-\\d{6}");
        assertThat(main()).contains("申请已提交");
        accessible("the filed request");
        chromium.screenshot("disclosure-request-filed.png");
        open("/disclosure-requests/mine");
        assertThat(main()).contains(number);
        accessible("my requests");
        chromium.close();

        chromium = HeadlessChromium.open();
        signInStaff(officer);
        open("/disclosure-requests/handling");
        assertThat(main()).contains(number);
        accessible("the handling list");
        open("/disclosure-requests/handling?open=false");
        accessible("the list of all requests");
        open("/disclosure-requests/overdue");
        accessible("the overdue list");
        open("/disclosure-requests/written");
        accessible("the written request form");
        open(requestPath);
        accessible("the request with the officer's forms");

        new Select(chromium.driver().findElement(By.id("outcome"))).selectByValue("ALREADY_PUBLISHED");
        type("publicationQuery", title.substring(0, Math.min(6, title.length())));
        WebElement choice = chromium.waiting().until(d -> d.findElements(By.cssSelector("#publication-choices input[type=radio]"))
                .stream().findFirst().orElse(null));
        accessible("the answer form with publications found by title");
        chromium.screenshot("disclosure-request-answer-form.png");
        chromium.driver().executeScript("arguments[0].click()", choice);
        Path letter = Files.createTempFile("answer-", ".pdf");
        Files.write(letter, TestDocuments.pdf());
        chromium.driver().findElement(By.id("document")).sendKeys(letter.toAbsolutePath().toString());
        click("form[action$='/answer'] .actions button[type=submit]");
        chromium.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main a[href$='/answer-document']")));
        assertThat(main()).contains("已主动公开", title);
        accessible("the answered request, seen by the officer");
        Files.deleteIfExists(letter);
        chromium.close();

        chromium = HeadlessChromium.open();
        signInCitizen(citizen);
        open(requestPath);
        assertThat(main()).contains("已主动公开", "下载答复书");
        accessible("the answered request, seen by the citizen");
        chromium.screenshot("disclosure-request-answered.png");
        open("/disclosure/annual-reports/" + DEPARTMENT + "/" + LocalDate.now().getYear());
        accessible("the annual report");
    }

    @Test
    void the_requesters_pages_read_on_a_phone_without_sideways_scrolling() throws Exception {
        long department = organization.departmentByCode(DEPARTMENT).orElseThrow().id();
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        String filed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/disclosure/requests").session(citizen.session())
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"departmentId":%d,"description":"西湖区2026年度农贸市场食品安全快检结果汇总表，按市场分列，含不合格批次的处理情况",
                                 "delivery":"PAPER","phone":"13800001234","address":"杭州市西湖区示范路3号"}"""
                                .formatted(department)))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(filed, "$.id")).longValue();

        chromium = HeadlessChromium.phone(375, 812);
        signInCitizen(citizen);
        for (String page : List.of("/disclosure-requests/new", "/disclosure-requests/mine", "/disclosure-requests/" + id)) {
            open(page);
            long width = ((Number) chromium.driver().executeScript("return document.documentElement.scrollWidth"))
                    .longValue();
            assertThat(width).as("page width of " + page).isLessThanOrEqualTo(375);
            accessible(page + " at 375 px");
        }
        chromium.screenshot("disclosure-request-375.png");
    }

    private void signInCitizen(SignIn.Citizen citizen) {
        open("/login");
        type("login", citizen.idNumber());
        type("password", SignIn.PASSWORD);
        click("main form.stacked button[type=submit]");
        chromium.waiting().until(ExpectedConditions.urlToBe(url("/")));
    }

    private void signInStaff(SignIn.Staff staff) {
        open("/login");
        type("login", staff.username());
        type("password", SignIn.NEW_PASSWORD);
        click("main form.stacked button[type=submit]");
        chromium.waiting().until(ExpectedConditions.urlContains("/login/second-factor"));
        type("code", TotpCodes.code(staff.totpSecret(), 1));
        click("main form button[type=submit]");
        chromium.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void accessible(String page) {
        assertThat(chromium.wcagViolations()).as("axe-core on " + page + " (" + chromium.driver().getCurrentUrl() + ")").isEmpty();
    }

    private String main() {
        return chromium.driver().findElement(By.tagName("main")).getText();
    }

    private void open(String path) {
        chromium.driver().get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void click(String css) {
        chromium.driver().findElement(By.cssSelector(css)).click();
    }

    private void type(String id, String text) {
        WebElement input = chromium.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
