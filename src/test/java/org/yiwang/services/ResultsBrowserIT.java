package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.BrowserTest;
import org.yiwang.support.HeadlessChromium;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.TotpCodes;

/**
 * A citizen on a phone reads the messages about his application, downloads his licence, verifies it and rates the
 * service badly; a staff member of the department answers the follow-up from the workbench. Screenshots of every
 * page land in target/screenshots.
 */
@PlatformTest
class ResultsBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;

    @Override
    protected HeadlessChromium launch() {
        return HeadlessChromium.phone(375, 812);
    }

    @Test
    void a_citizen_follows_his_result_from_message_to_verified_licence_and_rates_it() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        ResultsFixture fixture = new ResultsFixture(events, transactions, jdbc);
        long department = organization.departmentByCode(ResultsFixture.DECIDING).orElseThrow().id();
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(new ApplicationStatusChanged(application, citizen.accountId(), "企业设立登记",
                ApplicationStatus.SUPPLEMENT_REQUESTED, ResultsFixture.DECIDING_NAME, "住所使用证明", Instant.now()));
        fixture.publish(ResultsFixture.approval(application, citizen.accountId()));
        String number = fixture.awaitResult(application);
        fixture.publish(new ApplicationCompleted(application, "XH-QYSL", "企业设立登记", citizen.accountId(), department,
                ResultsFixture.DECIDING_NAME, true, Instant.now()));

        signIn(citizen.idNumber(), SignIn.PASSWORD);
        browser.get(url("/me/messages"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from services.rateable where application_number = ?").param(application)
                .query(Integer.class).single() == 1);
        wait.until(d -> d.getPageSource().contains("电子证照已签发") || reload(d));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("请补正材料", "住所使用证明");
        chromium.screenshot("results-messages-375.png");
        assertNoSidewaysScrolling();

        WebElement licenceMessage = browser.findElements(By.cssSelector(".card.message")).stream()
                .filter(card -> card.getText().contains("电子证照已签发")).findFirst().orElseThrow();
        licenceMessage.findElement(By.cssSelector("button")).click();
        wait.until(ExpectedConditions.urlContains("/me/licences"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(number, "营业执照");
        chromium.screenshot("results-my-licences-375.png");

        browser.get(url("/licences/verify?number=" + number));
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText())
                .contains("核验通过", ResultsFixture.DECIDING_NAME, "杭州********公司", "有效");
        chromium.screenshot("results-verify-375.png");
        assertNoSidewaysScrolling();

        browser.get(url("/me/ratings"));
        WebElement form = wait.until(d -> d.findElement(By.cssSelector("form[action$='" + application + "']")));
        form.findElement(By.cssSelector("input[value=VERY_DISSATISFIED]")).click();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("请写明原因"));
        chromium.screenshot("results-rating-refused-375.png");
        form = browser.findElement(By.cssSelector("form[action$='" + application + "']"));
        form.findElement(By.cssSelector("input[value=VERY_DISSATISFIED]")).click();
        form.findElement(By.tagName("textarea")).sendKeys("住所证明的要求事先没有说清楚，跑了两趟。");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("感谢您对办件"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("非常不满意", "办理部门正在核实整改");
        chromium.screenshot("results-rated-375.png");
        assertNoSidewaysScrolling();
    }

    @Test
    void a_staff_member_answers_a_follow_up_from_the_workbench() throws Exception {
        SignIn.Citizen citizen = SignIn.citizen(mvc);
        long department = organization.departmentByCode(ResultsFixture.DECIDING).orElseThrow().id();
        ResultsFixture fixture = new ResultsFixture(events, transactions, jdbc);
        String application = ResultsFixture.newApplicationNumber();
        fixture.publish(new ApplicationCompleted(application, "XH-QYSL", "企业设立登记", citizen.accountId(), department,
                ResultsFixture.DECIDING_NAME, true, Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select count(*) from services.rateable where application_number = ?").param(application)
                .query(Integer.class).single() == 1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/services/applications/{n}/rating", application).session(citizen.session())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"level\":\"不满意\",\"comment\":\"材料清单写得不清楚。\"}"));
        SignIn.Staff staff = SignIn.staff(mvc, department, Set.of("RATING_SUPERVISOR"), false);

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.get(url("/login"));
        type("login", staff.username());
        type("password", SignIn.NEW_PASSWORD);
        browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login/second-factor"));
        type("code", TotpCodes.code(staff.totpSecret(), 1));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        long followUp = jdbc.sql("""
                select f.id from services.rating_follow_up f join services.rating r on r.id = f.rating_id
                where r.application_number = ?""").param(application).query(Long.class).single();
        browser.get(url("/workbench"));
        WebElement item = wait.until(d -> d.findElement(By.cssSelector("a[href$='/workbench/ratings/follow-ups/" + followUp + "']")));
        chromium.screenshot("results-workbench-follow-up.png");
        item.click();
        wait.until(ExpectedConditions.urlContains("/workbench/ratings/follow-ups/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("材料清单写得不清楚。", "待回访");
        type("reply", "已核实：清单未写明须提供原件。清单已修改，并向窗口作了提醒。感谢您的意见。");
        chromium.screenshot("results-follow-up.png");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> d.getPageSource().contains("已办结"));

        browser.get(url("/workbench/ratings/statistics"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(ResultsFixture.DECIDING_NAME);
        chromium.screenshot("results-statistics.png");
    }

    private boolean reload(org.openqa.selenium.WebDriver driver) {
        driver.navigate().refresh();
        return false;
    }

    private void signIn(String login, String password) {
        browser.get(url("/login"));
        type("login", login);
        type("password", password);
        browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));
    }

    private void assertNoSidewaysScrolling() {
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(width).isLessThanOrEqualTo(375);
    }
}
