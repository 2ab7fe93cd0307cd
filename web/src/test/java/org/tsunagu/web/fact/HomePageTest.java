package org.tsunagu.web.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class HomePageTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void showsTheTitleCountsAndTheNewestFacts() throws Exception {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());

        HttpResponse<String> response = server.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8"));
        assertThat(response.body())
                .contains("<title>Tsunagu</title>")
                .contains("<strong>2</strong> documents")
                .contains("<strong>5</strong> facts")
                .contains("MOU: JETRO — Chongqing Municipal Government (2013-10-31)")
                .contains("JETRO signed an MOU with Chongqing Municipal Government on October 31.")
                .contains("jetro-chongqing")
                .contains("Friendship: Đà Nẵng — Sakai");
    }

    @Test
    void escapesMarkupFromArticleText() throws Exception {
        Articles article = Articles.article("<b>evil</b>.html",
                "JETRO signed an MOU with <script>alert(1)</script> Osaka.");
        server.database().save(article.with(article.mou("signed", PartialDate.ofYear(2024),
                article.organisation("JETRO"), article.organisation("<script>alert(1)</script> Osaka"))));

        String page = server.get("/").body();

        assertThat(page).doesNotContain("<script>").doesNotContain("<b>evil")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;b&gt;evil&lt;/b&gt;.html");
    }

    @Test
    void escapesTheSearchTextItEchoes() throws Exception {
        String page = server.get("/?q=" + RunningServer.encoded("\"><script>alert(1)</script>")).body();

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void showsSearchResultsWhenGivenText() throws Exception {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());

        String page = server.get("/?q=" + RunningServer.encoded("da nang")).body();

        assertThat(page).contains("3 facts match “da nang”")
                .contains("Friendship: Đà Nẵng — Sakai")
                .doesNotContain("MOU: JETRO");
    }

    @Test
    void answersAnUnknownTypeWith400InPlainText() throws Exception {
        HttpResponse<String> response = server.get("/?type=" + RunningServer.encoded("<i>treaty</i>"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void saysSoWhenNothingIsStored() throws Exception {
        assertThat(server.get("/").body()).contains("Nothing stored yet");
    }
}
