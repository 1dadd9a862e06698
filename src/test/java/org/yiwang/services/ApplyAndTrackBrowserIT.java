package org.yiwang.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.yiwang.support.BrowserTest;
import org.yiwang.support.PlatformTest;

/**
 * The demo citizen 张三 finds 出生一件事 by life event, consents to the registers filling in what they hold,
 * uploads the birth certificate, gets a receipt with the application number and tracks it.
 */
@PlatformTest
class ApplyAndTrackBrowserIT extends BrowserTest {

    private static final String ZHANG_SAN = "330106198503121012";

    @Test
    void a_citizen_applies_with_register_prefill_and_tracks_his_application() throws Exception {
        browser.get(url("/login"));
        type("login", ZHANG_SAN);
        type("password", ServiceDesk.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));

        browser.get(url("/services"));
        browser.findElement(By.linkText("出生")).click();
        browser.findElement(By.partialLinkText("出生一件事")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("出生一件事");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("杭州市公安局西湖区分局",
                "法定办结时限", "10 个工作日", "全程网办");
        browser.findElement(By.linkText("在线申请")).click();

        browser.findElement(By.name("consent")).click();
        browser.findElement(By.cssSelector("form[method=get] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("consent=true"));
        WebElement parentName = browser.findElement(By.id("f-parentName"));
        assertThat(parentName.getAttribute("value")).isEqualTo("张三");
        assertThat(parentName.getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.id("f-parentIdNumber")).getAttribute("value")).isEqualTo(ZHANG_SAN);
        assertThat(browser.findElements(By.id("m-parentIdentity"))).isEmpty();
        chromium.screenshot("services-apply-prefilled.png");

        type("f-babyName", "张" + "小" + "宝");
        new Select(browser.findElement(By.id("f-babySex"))).selectByVisibleText("男");
        browser.executeScript("document.getElementById('f-birthDate').value = arguments[0]",
                LocalDate.now().minusDays(5).toString());
        type("f-certificateNumber", "Q" + String.format("%09d", System.nanoTime() % 1_000_000_000L));
        Path certificate = Files.createTempFile("birth-certificate", ".pdf");
        Files.write(certificate, ServiceDesk.pdf());
        browser.findElement(By.id("m-birthCertificate")).sendKeys(certificate.toAbsolutePath().toString());
        browser.findElement(By.id("submit")).click();

        wait.until(ExpectedConditions.urlMatches(".*/services/applications/YW\\d{14}/receipt$"));
        String number = browser.findElement(By.id("number")).getText();
        assertThat(number).matches("YW\\d{14}");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("出生一件事", "免提交", "申请人上传");
        chromium.screenshot("services-receipt.png");

        browser.get(url("/services/applications"));
        browser.findElement(By.linkText(number)).click();
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains(number, "已提交", "正在办理", "窗口受理", "杭州市西湖区政务服务中心", "提交申请");
        chromium.screenshot("services-tracking.png");
        Files.deleteIfExists(certificate);
    }
}
