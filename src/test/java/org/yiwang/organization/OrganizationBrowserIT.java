package org.yiwang.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.support.HeadlessChromium;
import org.yiwang.support.PlatformTest;

/** The public directory on a 375-pixel phone screen, in headless Chromium when it is installed. */
@PlatformTest
class OrganizationBrowserIT {

    @LocalServerPort int port;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void openPhoneSizedBrowser() {
        chromium = HeadlessChromium.phone(375, 812);
        browser = chromium.driver();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_phone_user_walks_from_the_province_to_a_district_and_sees_its_departments() {
        browser.get("http://localhost:" + port + "/organization");
        browser.findElement(By.linkText("浙江省")).click();
        browser.findElement(By.linkText("杭州市")).click();
        browser.findElement(By.linkText("西湖区")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("西湖区");
        assertThat(browser.findElement(By.tagName("table")).getText())
                .contains("杭州市西湖区市场监督管理局", "市场监管");
        assertThat(viewportWidth()).isLessThanOrEqualTo(375);
        assertThat(pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(viewportWidth());
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    }

    private long viewportWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    }
}
