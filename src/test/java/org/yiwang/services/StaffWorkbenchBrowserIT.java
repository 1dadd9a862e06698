package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.BrowserTest;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.TotpCodes;

/**
 * A window clerk signs in with his password and the code of his authenticator, finds a new application in 待办,
 * claims it, accepts it with an opinion and finds it in 已办; the applicant then sees the accepted step with its
 * time, department and opinion, and the next step open, on his tracking page.
 */
@PlatformTest
class StaffWorkbenchBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;

    @Test
    void a_clerk_signs_in_with_totp_claims_and_accepts_and_the_applicant_sees_the_step() throws Exception {
        SignIn.Citizen applicant = SignIn.citizen(mvc);
        String number = ServiceDesk.number(ServiceDesk.submit(mvc, applicant.session(), """
                {"itemCode":"XH-JYDJ-005","consent":false,
                 "form":{"applicantName":"测试居民","idNumber":"%s","phone":"13800001234"},
                 "materials":{"identity":"%s","application":"%s"}}
                """.formatted(applicant.idNumber(), ServiceDesk.uploadPdf(mvc, applicant.session()),
                ServiceDesk.uploadPdf(mvc, applicant.session()))));
        SignIn.Staff clerk = SignIn.staff(mvc, organization.departmentByCode(ApplicationLifeIT.WINDOW).orElseThrow().id(),
                Set.of("SERVICES_WINDOW"), false);

        browser.get(url("/login"));
        type("login", clerk.username());
        type("password", SignIn.NEW_PASSWORD);
        browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login/second-factor"));
        // the code of the next 30-second step: the one of this step went into the enrolment and is spent
        type("code", TotpCodes.code(clerk.totpSecret(), 1));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(url("/workbench?list=PENDING"));
        WebElement pending = browser.findElement(By.partialLinkText(number));
        assertThat(pending.getText()).contains("窗口受理", "就业登记");
        chromium.screenshot("services-workbench-pending.png");
        pending.click();
        wait.until(ExpectedConditions.urlMatches(".*/services/tasks/[^/]+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("窗口受理", "就业登记");

        browser.findElement(By.xpath("//form[input[@name='action' and @value='claim']]//button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(
                By.xpath("//form[input[@name='action' and @value='claim']]"), 0));
        new Select(browser.findElement(By.id("outcome"))).selectByValue("ACCEPT");
        type("opinion", "材料齐全，予以受理");
        chromium.screenshot("services-task-accept.png");
        browser.findElement(By.cssSelector("#complete-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/services/applications/" + number));

        browser.get(url("/workbench?list=HANDLED"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(number, "窗口受理");
        browser.get(url("/workbench?list=PENDING"));
        assertThat(browser.findElements(By.partialLinkText(number))).isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        type("login", applicant.idNumber());
        type("password", SignIn.PASSWORD);
        browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/services/applications/" + number));
        String tracking = browser.findElement(By.tagName("main")).getText();
        assertThat(tracking).contains(number, "窗口受理", "杭州市西湖区政务服务中心", "材料齐全，予以受理", "审查",
                "杭州市西湖区人力资源和社会保障局");
        chromium.screenshot("services-tracking-accepted.png");
    }
}
