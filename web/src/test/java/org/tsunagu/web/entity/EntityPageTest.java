package org.tsunagu.web.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.Ties;
import org.tsunagu.web.RunningServer;

class EntityPageTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void showsTheFriendshipCitiesOnATimelineByYear() throws Exception {
        server.database().save(Ties.daNang());

        String page = page("Da Nang");

        assertThat(page).contains("<title>Da Nang · Tsunagu</title>").contains("Ties over the years");
        String timeline = page.substring(page.indexOf("class=\"timeline\""));
        assertThat(timeline).contains("1997", "Sakai", "2016", "Kanazawa");
        assertThat(timeline.indexOf("1997")).isLessThan(timeline.indexOf("2016"));
        assertThat(timeline.indexOf("Sakai")).isLessThan(timeline.indexOf("Kanazawa"));
    }

    @Test
    void placesTheEntityInItsHierarchyWithLinks() throws Exception {
        server.database().save(Ties.daNang());
        long japan = EntityIds.of(server.database(), "Japan");
        long ishikawa = EntityIds.of(server.database(), "Ishikawa");

        String page = page("Kanazawa");

        assertThat(page).contains("<a href=\"/entities/" + japan + "\">Japan</a> › <a href=\"/entities/" + ishikawa
                + "\">Ishikawa</a> ›");
    }

    @Test
    void linksEveryStatementToItsSentenceInTheDocument() throws Exception {
        server.database().save(Ties.daNang());
        long document = server.database().documents(1, 0).items().get(0).id();

        String page = page("Sakai");

        assertThat(page).contains("<q>Da Nang and Sakai have been <mark class=\"trigger\">sister cities</mark> since 1997.</q>")
                .containsPattern("href=\"/documents/" + document + "\\?fact=\\d+#fact-\\d+\">da-nang-ties</a>");
    }

    @Test
    void showsWhoHeldATitleLatestFirstWithoutErasingThePast() throws Exception {
        server.database().save(chairman("Le Van Hai", PartialDate.ofDay(2019, 3, 1)));
        server.database().save(chairman("Pham Thi Lan", PartialDate.ofDay(2024, 5, 2)));

        String page = page("Da Nang People's Committee");

        assertThat(page).contains("People and titles").contains("as of 2024-05-02").contains("as of 2019-03-01");
        assertThat(page.indexOf("Pham Thi Lan")).isLessThan(page.indexOf("Le Van Hai"));
        assertThat(page).contains("<span class=\"latest\">latest</span>");
    }

    @Test
    void drawsInvestmentFiguresAsABarChartLabelledWithTheirCurrency() throws Exception {
        server.database().save(Samples.daNangSakai());

        String page = page("Japan");

        assertThat(page).contains("<svg").contains("<rect class=\"bar\"").contains("932 million USD")
                .contains("Japan → Vietnam · FDI total").contains("Figures in USD");
    }

    @Test
    void offersTheNetworkAroundTheEntity() throws Exception {
        server.database().save(Ties.daNang());
        long daNang = EntityIds.of(server.database(), "Da Nang");

        assertThat(page("Da Nang")).contains("data-graph=\"/api/graph?entity=" + daNang + "\"")
                .contains("href=\"/network?entity=" + daNang + "\"")
                .contains("src=\"/webjars/cytoscape/3.33.1/dist/cytoscape.min.js\"");
    }

    @Test
    void showsOneTypeOfFactAPageAtATime() throws Exception {
        server.database().save(Ties.daNang());
        long daNang = EntityIds.of(server.database(), "Da Nang");

        String page = server.get("/entities/" + daNang + "?type=relationship&offset=1").body();

        assertThat(page).contains("Showing relationship facts only").contains("2–2 of 2");
    }

    @Test
    void followsUpTheLatestAgreementsAndLinksToTheRest() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            text.append("JETRO signed pact ").append(i).append(" with Town ").append(i).append(". ");
        }
        Articles article = Articles.article("pacts", text.toString());
        server.database().save(article.with(IntStream.rangeClosed(1, 7)
                .mapToObj(i -> article.mou("pact " + i, PartialDate.ofYear(2020), article.organisation("JETRO"),
                        article.place("Town " + i)))
                .toArray(Fact[]::new)));
        long jetro = EntityIds.of(server.database(), "JETRO");

        String page = page("JETRO");

        String followUp = page.substring(page.indexOf("id=\"agreement-follow-up\""));
        assertThat(followUp.split("class=\"agreement-follow-up-row\"", -1)).hasSize(6);
        assertThat(followUp)
                .contains("<a href=\"/entities/" + jetro + "?type=agreement\">All the agreements that name it");
    }

    @Test
    void escapesNamesAndSentencesFromArticles() throws Exception {
        Articles article = Articles.article("evil", "JETRO signed an MOU with <script>alert(1)</script> Osaka.");
        server.database().save(article.with(article.mou("signed", PartialDate.ofYear(2024),
                article.organisation("JETRO"), article.organisation("<script>alert(1)</script> Osaka"))));

        String page = page("<script>alert(1)</script> Osaka");

        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt; Osaka");
    }

    @Test
    void answersAnUnknownEntityWith404() throws Exception {
        HttpResponse<String> response = server.get("/entities/424242");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("no entity 424242");
    }

    @Test
    void listsEntitiesByTypeAndName() throws Exception {
        server.database().save(Ties.daNang());

        String page = server.get("/entities?type=place&q=" + RunningServer.encoded("da nang")).body();

        assertThat(page).contains(">Da Nang</a>").doesNotContain(">JETRO</a>").contains("1–1 of 1");
    }

    @Test
    void pagesThroughTheEntityListKeepingTheSearch() throws Exception {
        server.database().save(Ties.daNang());

        String page = server.get("/entities?type=place&limit=2").body();

        assertThat(page).contains("1–2 of").contains("href=\"/entities?limit=2&amp;offset=2&amp;type=place\"");
    }

    private String page(String entity) throws Exception {
        HttpResponse<String> response = server.get("/entities/" + EntityIds.of(server.database(), entity));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Extraction chairman(String person, PartialDate reported) {
        String text = person + ", Chairman of the Da Nang People's Committee, opened the fair.";
        Articles article = Articles.article("chairman-" + reported, text);
        return new Extraction(article.document(), Optional.of(reported), List.of(article.role(article.person(person),
                "Chairman", article.organisation("Da Nang People's Committee"))));
    }
}
