package org.tsunagu.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

class ExportBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void downloadsTheRelationshipSpreadsheetFromTheExportPage() throws Exception {
        browser.open("/");
        browser.navigate(browser.driver().findElement(By.linkText("Export"))::click);
        browser.driver().findElement(By.linkText("relationship.csv")).click();

        Path file = browser.downloaded("relationship.csv", Duration.ofSeconds(10));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFFact ID,Summary,Kind,Party A,Party B,");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",Friendship: Da Nang — Sakai,friendship,Da Nang,Sakai,")
                .endsWith(",Đà Nẵng and Sakai have been sister cities since 1997.,da-nang-sakai,,,");
    }
}
