package org.yiwang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yiwang.common.IdNumber;
import org.yiwang.support.BrowserTest;
import org.yiwang.support.PlatformTest;
import org.yiwang.support.SignIn;
import org.yiwang.support.SyntheticPeople;

/**
 * What a citizen does first, in a real browser: Debian's headless Chromium driven by its ChromeDriver,
 * against the platform on its random port. Screenshots land in {@code target/screenshots} for a person
 * to look at (Chinese glyphs, layout on a phone).
 */
@PlatformTest
class CitizenJourneyBrowserIT extends BrowserTest {

    private static final String HOME_TITLE = "一网通办，一次办好";

    @Test
    void a_citizen_registers_signs_in_and_sees_his_masked_id_number() throws IOException {
        IdNumber id = SyntheticPeople.idNumber();

        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOME_TITLE);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(header().getText()).contains("登录", "注册").doesNotContain("我的账号");
        screenshot("home-zh.png");

        header().findElement(By.linkText("注册")).click();
        wait.until(ExpectedConditions.urlToBe(url("/register/citizen")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("个人用户注册");
        type("idNumber", id.value());
        type("name", "测试居民");
        type("phone", "13800001234");
        type("password", SignIn.PASSWORD);
        submit();

        wait.until(ExpectedConditions.urlToBe(url("/login")));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("注册成功，请登录。");
        screenshot("registered-login.png");

        type("login", id.value());
        type("password", SignIn.PASSWORD);
        submit();

        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOME_TITLE);
        assertThat(browser.findElement(By.cssSelector(".hero")).getText()).contains("测试居民，欢迎回来。");
        assertThat(header().findElement(By.linkText("我的账号")).isDisplayed()).isTrue();
        assertThat(header().findElement(By.cssSelector("form[action='/logout'] button")).getText()).isEqualTo("退出");
        assertThat(header().findElements(By.linkText("登录"))).isEmpty();
        screenshot("signed-in-home.png");

        header().findElement(By.linkText("我的账号")).click();
        wait.until(ExpectedConditions.urlToBe(url("/me")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我的账号");
        assertThat(browser.findElement(By.cssSelector("td.mono")).getText()).isEqualTo(id.masked());
        assertThat(browser.getPageSource()).doesNotContain(id.value());
        screenshot("me.png");
    }

    @Test
    void the_home_page_fits_a_375_pixel_phone_without_horizontal_scrolling() throws IOException {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOME_TITLE);
        assertThat(number("return window.innerWidth")).isEqualTo(375);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
        screenshot("home-375.png");
    }

    private WebElement header() {
        return browser.findElement(By.cssSelector("header.site"));
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
