package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tsunagu.store.account.Role;

/** An admin uploads an article from the browser and reads what became of it, in a real Chromium. */
class UploadBrowserTest {

    private static final String PASSWORD = "an admin's long password";
    private static final String NOTICE = "No facts were read: this article is in Japanese; Tsunagu reads English articles.";

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeAll
    static void anAdminSignsIn() {
        browser.database().accounts().add("ada", Role.ADMIN, PASSWORD);
        browser.open("/login");
        browser.driver().findElement(By.name("name")).sendKeys("ada");
        browser.driver().findElement(By.name("password")).sendKeys(PASSWORD);
        browser.navigate(browser.driver().findElement(By.cssSelector("form button[type=submit]"))::click);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "ada"));
    }

    @Test
    void uploadsAJapaneseArticleAndSaysNoFactsWereReadBecauseOfItsLanguage(@TempDir Path folder) throws Exception {
        Path article = Files.writeString(folder.resolve("shizuoka.txt"),
                "静岡県とカンホア省は、観光と水産業の協力に関する覚書を締結した。両地域は来年から職員の相互派遣を始める。");
        browser.open("/");
        browser.navigate(browser.driver().findElement(By.cssSelector("nav.account")).findElement(By.linkText("Upload"))::click);
        browser.driver().findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(article.toString());

        browser.navigate(browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]"))::click);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".not-read")));

        assertThat(browser.driver().findElement(By.cssSelector(".not-read")).getText()).isEqualTo(NOTICE);
        assertThat(browser.driver().findElement(By.cssSelector("#upload .status")).getText()).contains("0 new facts");
        browser.navigate(browser.driver().findElement(By.linkText("Open the document"))::click);
        assertThat(browser.driver().findElement(By.cssSelector(".not-read")).getText()).isEqualTo(NOTICE);
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("カンホア");
    }
}
