package org.yiwang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.support.HeadlessChromium;
import org.yiwang.support.PlatformTest;

/**
 * The portal pages in headless Chromium, checked with axe-core (MPL-2.0, test-only, see src/test/resources/axe)
 * against WCAG 2.0/2.1 A and AA, on a desktop and on a 375-pixel phone without sideways scrolling.
 */
@PlatformTest
class DisclosurePortalBrowserIT {

    static final List<String> PAGES = List.of("/disclosure", "/disclosure/departments/ZJ-TJ",
            "/disclosure/departments/ZJ-CZ?category=budget", "/disclosure/departments/ZJ-HZ-XH-BGS/guide",
            "/disclosure/publications/ZJ-TJ-2025-TJXX-00001", "/disclosure/publications/ZJ-BGT-2025-TZGG-00001",
            "/disclosure?lang=en");

    @LocalServerPort int port;
    HeadlessChromium chromium;

    @AfterEach
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void portal_pages_have_no_wcag_2_1_aa_violations() {
        chromium = HeadlessChromium.open();
        for (String page : PAGES) {
            chromium.driver().get("http://localhost:" + port + page);
            assertThat(chromium.wcagViolations()).as("axe-core on " + page).isEmpty();
        }
        chromium.driver().get("http://localhost:" + port + "/disclosure");
        chromium.screenshot("disclosure-portal-1280.png");
    }

    @Test
    void portal_pages_read_on_a_phone_without_sideways_scrolling() {
        chromium = HeadlessChromium.phone(375, 812);
        for (String page : PAGES) {
            chromium.driver().get("http://localhost:" + port + page);
            long width = ((Number) chromium.driver().executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(width).as("page width of " + page).isLessThanOrEqualTo(375);
            assertThat(chromium.wcagViolations()).as("axe-core on " + page + " at 375 px").isEmpty();
        }
        chromium.driver().get("http://localhost:" + port + "/disclosure/publications/ZJ-TJ-2025-TJXX-00001");
        chromium.screenshot("disclosure-publication-375.png");
    }

}
