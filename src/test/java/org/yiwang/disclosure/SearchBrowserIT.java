package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.support.HeadlessChromium;
import org.yiwang.support.PlatformTest;

/** A reader searches the published information on a 375-pixel phone, narrows by year and follows a suggestion. */
@PlatformTest
class SearchBrowserIT {

    @LocalServerPort int port;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.phone(375, 812);
        browser = chromium.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_reader_on_a_phone_searches_filters_and_follows_a_suggestion() {
        browser.get("http://localhost:" + port + "/disclosure/search");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("政府信息检索");
        browser.findElement(By.id("q")).sendKeys("预算", Keys.ENTER);
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li")));
        assertThat(browser.findElement(By.cssSelector("ol.hits li h2 em")).getText()).isEqualTo("预算");
        chromium.screenshot("disclosure-search-375.png");
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);

        browser.findElement(By.xpath("//aside//h2[text()='发布年份']/following-sibling::ul[1]//a")).click();
        chromium.waiting().until(ExpectedConditions.urlContains("year="));
        assertThat(browser.findElement(By.cssSelector("aside a[aria-current=true]")).getText()).matches("\\d{4}（\\d+）");

        browser.findElement(By.id("q")).clear();
        browser.findElement(By.id("q")).sendKeys("电动自行军", Keys.ENTER);
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice a")));
        browser.findElement(By.cssSelector("p.notice a")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li")));
        assertThat(browser.findElement(By.cssSelector("ol.hits li h2")).getText()).contains("电动自行车");
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }
}
