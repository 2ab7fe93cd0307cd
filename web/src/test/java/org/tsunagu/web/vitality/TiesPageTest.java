package org.tsunagu.web.vitality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.ReadAccess;

/** The ranked view of ties and the "Ties by vitality" section of an entity's page, as HTML. */
class TiesPageTest {

    @RegisterExtension
    final RunningServer server = new RunningServer(ReadAccess.OPEN, LivelyTies.MID_2026);

    @BeforeEach
    void saveTheTies() {
        server.database().save(LivelyTies.article());
    }

    @Test
    void drawsEachTiesFactsByYearAsAnSvgSparklineWithATextAlternative() throws Exception {
        String page = page("/ties");

        assertThat(count(page, "<svg class=\"sparkline\"")).isEqualTo(2);
        assertThat(page).contains("aria-label=\"Facts by year, 2015–2026: 2019 1 MOU\"")
                .contains("aria-label=\"Facts by year, 2015–2026: 2024 1 meeting; 2025 1 visit\"")
                .contains("<title>2025: 1 visit</title>");
        assertThat(page.indexOf("Niigata</a>")).isLessThan(page.indexOf("1 MOU in 2019; nothing since"));
    }

    @Test
    void escapesTheNamesOfTies() throws Exception {
        String page = page("/ties");

        assertThat(page).contains("Loire &lt;Trade&gt; &amp; Partners").doesNotContain("<Trade>");
    }

    @Test
    void showsTiesOnPaperOnlyWhenAskedWithTheOtherStatusesCounted() throws Exception {
        String page = page("/ties?status=on_paper");

        assertThat(count(page, "<tr class=\"tie on_paper\"")).isEqualTo(1);
        assertThat(page).contains("on paper only").doesNotContain("1 visit and 1 meeting")
                .contains("<a href=\"/ties?status=active\">active</a>");
    }

    @Test
    void showsAnEntitysTiesByVitalityWithTheirSparklinesOnItsPage() throws Exception {
        long niigata = EntityIds.of(server.database(), "Niigata");

        String page = page("/entities/" + niigata);

        String section = page.substring(page.indexOf("<section id=\"vitality\">"));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("Ties by vitality").contains(">Nantes</a>")
                .contains("1 friendship tie in 1990; 1 visit and 1 meeting in 2024–2025; nothing since")
                .contains("href=\"/ties?entity=" + niigata + "\"");
        assertThat(count(section, "<svg class=\"sparkline\"")).isEqualTo(2);
        assertThat(section.indexOf(">Nantes</a>")).isLessThan(section.indexOf("Loire &lt;Trade&gt;"));
    }

    @Test
    void linksTheRankedViewFromTheEntitiesPage() throws Exception {
        assertThat(page("/entities")).contains("href=\"/ties\"");
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
