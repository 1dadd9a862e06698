package org.yiwang.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its ChromeDriver, asking for Chinese pages, with a throw-away
 * profile. Browser tests are skipped where the two packages are not installed (CI installs them).
 * Screenshots land in {@code target/screenshots} for a person to look at.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** A desktop-sized window. */
    public static HeadlessChromium open() {
        return start(options -> options.addArguments("--window-size=1280,900"));
    }

    /** A phone's viewport: a desktop window cannot be narrower than 500 pixels, device emulation can. */
    public static HeadlessChromium phone(int width, int height) {
        return start(options -> options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0))));
    }

    private static HeadlessChromium start(java.util.function.Consumer<ChromeOptions> size) {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        try {
            Path profile = Files.createTempDirectory("yiwang-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    // root in a container needs --no-sandbox; the network flags keep Chromium from calling home
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run", "--disable-quic", "--lang=zh-CN",
                            "--user-data-dir=" + profile.toAbsolutePath())
                    .setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            size.accept(options);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(profile, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What axe-core (see src/test/resources/axe) finds against WCAG 2.0 and 2.1, levels A and AA, on the page shown
     * now: each violation as "rule: up to three offending elements", so that a failure says what to fix.
     */
    public List<String> wcagViolations() {
        driver.executeScript(Axe.SCRIPT);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.html).slice(0, 3).join(' | '))))
                   .catch(e => done(['axe-error: ' + e]));""");
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /** axe-core's script, read from the test classpath the first time a page is checked. */
    private static final class Axe {
        static final String SCRIPT = read();

        private static String read() {
            try (InputStream in = HeadlessChromium.class.getResourceAsStream("/axe/axe.min.js")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
