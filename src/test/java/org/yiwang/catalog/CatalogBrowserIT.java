package org.yiwang.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

/** The catalog as people use it in Chromium: a visitor searches, a provider registers and publishes an entry. */
@PlatformTest
class CatalogBrowserIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired OrganizationDirectory organization;

    @Test
    void a_visitor_finds_an_open_licence_list_with_a_two_character_query() {
        browser.get(url("/catalog"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("政务信息资源目录");
        type("q", "许可");
        browser.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "共 1 项资源"));
        assertThat(browser.findElement(By.cssSelector("article.resource h2")).getText()).isEqualTo("食品经营许可信息");
        chromium.screenshot("catalog-search-visitor.png");
        assertThat(new Select(browser.findElement(By.id("provider"))).getOptions()).extracting(WebElement::getText)
                .contains("西湖区市场监管局").doesNotContain("杭州市人力社保局");

        browser.findElement(By.linkText("食品经营许可信息")).click();
        wait.until(ExpectedConditions.titleContains("食品经营许可信息"));
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
                .contains("部门信息资源", "杭州市西湖区市场监督管理局", "无条件共享", "接口、文件", "向社会开放");
        assertThat(browser.findElements(By.cssSelector("table tbody tr"))).hasSizeGreaterThanOrEqualTo(6);
        chromium.screenshot("catalog-entry-visitor.png");
    }

    @Test
    void an_entry_reads_on_a_phone_without_sideways_scrolling() {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("/catalog/1-04-000001"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("宏观经济基础信息");
        chromium.screenshot("catalog-entry-375.png");
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue())
                .isLessThanOrEqualTo(375);
    }

    @Test
    void a_provider_is_told_to_cite_the_legal_basis_then_publishes_the_entry() throws Exception {
        long health = organization.departmentByCode("ZJ-HZ-XH-WJ").orElseThrow().id();
        SignIn.Staff staff = SignIn.staff(mvc, health, Set.of("CATALOG_MAINTAINER"), false);
        browser.get(url("/login"));
        type("login", staff.username());
        type("password", SignIn.NEW_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        type("code", TotpCodes.code(staff.totpSecret(), 1));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get(url("/admin/catalog/new"));
        type("name", "职业病诊断信息");
        type("summary", "职业病诊断机构作出的诊断结论。");
        type("items", "reportNumber,诊断证明书编号,字符型,PERSONAL\ndiagnosis,诊断结论,字符型,SENSITIVE_PERSONAL");
        new Select(browser.findElement(By.id("sharingType"))).selectByValue("NOT_SHARED");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert")));
        assertThat(alert.getText()).contains("不予共享的资源须写明不予共享的法律、行政法规或党中央、国务院政策依据");
        chromium.screenshot("catalog-form-legal-basis-missing.png");

        type("sharingCondition", "《中华人民共和国职业病防治法》关于劳动者职业健康隐私保护的规定");
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/admin/catalog/3-ZJ-HZ-XH-WJ-\\d{6}/edit"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("第 1 版草稿");
        browser.findElement(By.xpath("//button[contains(., '发布第 1 版')]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/catalog/3-ZJ-HZ-XH-WJ-\\d{6}$"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("第 1 版已发布");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText())
                .contains("不予共享", "不予共享依据", "职业病防治法");
        chromium.screenshot("catalog-entry-published.png");

        browser.get(url("/admin/catalog"));
        assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains("职业病诊断信息", "现行");
        chromium.screenshot("catalog-manage.png");
    }
}
