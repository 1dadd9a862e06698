package org.yiwang.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser test of the running platform needs around its steps: a {@link HeadlessChromium}, desktop-sized
 * unless {@link #launch()} says otherwise, opened before each test and closed after it; the address of a page of
 * this server; typing into a field. The subclass carries {@link PlatformTest}, so that every browser test shares
 * the one application context.
 */
public abstract class BrowserTest {

    @LocalServerPort protected int port;

    protected HeadlessChromium chromium;
    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        chromium = launch();
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The browser each test gets: a desktop-sized window unless the subclass asks for another. */
    protected HeadlessChromium launch() {
        return HeadlessChromium.open();
    }

    /** The address of {@code path} on this server. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Replaces what the field with this id holds by {@code text}. */
    protected void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }
}
