package org.yiwang.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.support.PlatformTest;

/** The demo citizen 张三 on a 375-pixel phone reads his own record in the population register. */
@PlatformTest
class MyRecordBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ZHANG_SAN = "330106198503121012";
    private static final String DEMO_PASSWORD = "Yiwang@2026";

    @LocalServerPort int port;

    private Path profile;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        profile = Files.createTempDirectory("yiwang-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--lang=zh-CN", "--window-size=1280,900",
                        "--user-data-dir=" + profile.toAbsolutePath())
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }

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
        Files.write(SCREENSHOTS.resolve("my-register-record-375.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(number("return window.innerWidth")).isEqualTo(375);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private long number(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }
}
