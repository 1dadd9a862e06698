package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.yiwang.support.BrowserTest;
import org.yiwang.support.PlatformTest;

/** The demo citizen 张三 on a 375-pixel phone reads his own record in the population register. */
@PlatformTest
class MyRecordBrowserIT extends BrowserTest {

    private static final String ZHANG_SAN = "330106198503121012";
    private static final String DEMO_PASSWORD = "Yiwang@2026";

    @Test
    void the_demo_citizen_reads_his_own_record_in_the_clear_on_a_phone_without_sideways_scrolling()
            throws IOException {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("/login"));
        type("login", ZHANG_SAN);
        type("password", DEMO_PASSWORD);
        browser.findElement(By.cssSelector("main form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));

        browser.get(url("/me/registry"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("我在人口库的信息");
        String record = browser.findElement(By.cssSelector("dl.facts")).getText();
        assertThat(record).contains(ZHANG_SAN, "张三", "男", "1985-03-12", "汉族", "西湖区", "13800000001", "已婚");
        chromium.screenshot("my-register-record-375.png");
        assertThat(number("return window.innerWidth")).isEqualTo(375);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }
}
