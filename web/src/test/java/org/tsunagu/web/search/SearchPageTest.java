package org.tsunagu.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class SearchPageTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTwoArticles() {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());
    }

    @Test
    void findsĐàNẵngForDaNangWithTheMatchMarkedAndLinked() throws Exception {
        long daNang = server.database().entities(EntityQuery.all().withType(EntityType.PLACE).withText("Đà Nẵng"))
                .items().get(0).id();

        HttpResponse<String> response = server.get("/search?q=" + RunningServer.encoded("Da Nang"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<title>Da Nang · Search · Tsunagu</title>")
                .contains("results for “Da Nang”")
                .contains("<a class=\"hit-title\" href=\"/entities/" + daNang + "\">")
                .contains("<mark>Đà Nẵng</mark>")
                .contains("href=\"/facts/")
                .contains("href=\"/documents/");
    }

    @Test
    void answersWordsFoundOnEitherSideOfASentenceEndInTheSamples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples/articles"))) {
            for (Path file : files.toList()) {
                server.database().save(Articles.article(file.getFileName().toString(), Files.readString(file)).with());
            }
        }

        HttpResponse<String> response = server.get("/search?q=" + RunningServer.encoded("tourism japan"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<mark>tourism");
    }

    @Test
    void offersFacetValuesAsLinksThatFilter() throws Exception {
        String page = server.get("/search?q=" + RunningServer.encoded("Da Nang")).body();
        assertThat(page).contains("href=\"/search?q=Da+Nang&amp;country=Vietnam\"");

        String vietnam = server.get("/search?q=Da+Nang&country=Vietnam").body();

        assertThat(vietnam).contains("Country: Vietnam").contains("aria-current=\"true\">Vietnam</a>")
                .contains("href=\"/search?q=Da+Nang\"");
    }

    @Test
    void escapesMarkupInSnippetsTitlesAndTheQuery() throws Exception {
        Articles article = Articles.article("<b>evil</b>.html",
                "JETRO signed an MOU with <script>alert(1)</script> Osaka.");
        server.database().save(article.with(article.mou("signed", PartialDate.ofYear(2024),
                article.organisation("JETRO"), article.organisation("<script>alert(1)</script> Osaka"))));

        String page = server.get("/search?q=alert").body();
        String echo = server.get("/search?q=" + RunningServer.encoded("\"><script>alert(1)</script>")).body();

        assertThat(page).doesNotContain("<script>").doesNotContain("<b>evil")
                .contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;")
                .contains("&lt;b&gt;evil&lt;/b&gt;.html");
        assertThat(echo).doesNotContain("<script>").contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\"");
    }

    @Test
    void answersABadFacetWith400() throws Exception {
        HttpResponse<String> response = server.get("/search?q=x&type=treaty");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unknown type 'treaty'");
    }

    @Test
    void pagesWithPreviousAndNextLinks() throws Exception {
        String first = server.get("/search?limit=2").body();
        String second = server.get("/search?limit=2&offset=2").body();

        assertThat(first).contains("Results 1–2").contains("rel=\"next\" href=\"/search?limit=2&amp;offset=2\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(second).contains("Results 3–4").contains("rel=\"prev\" href=\"/search?limit=2\"");
    }

    @Test
    void theHomePageSearchBoxAsksTheSearchPage() throws Exception {
        assertThat(server.get("/").body()).contains("<form class=\"search\" method=\"get\" action=\"/search\">");
    }
}
