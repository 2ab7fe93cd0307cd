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
                .contains("<strong>5</strong> facts read from <strong>2</strong>")
                .contains("MOU: JETRO — Chongqing Municipal Government (2013-10-31)")
                .contains("JETRO signed an MOU with Chongqing Municipal Government on October 31.")
                .contains("jetro-chongqing")
                .contains("Friendship: Da Nang — Sakai");
    }

    @Test
    void countsSayWhatTheyCount() throws Exception {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());

        assertThat(server.get("/").body().replaceAll("\\s+", " "))
                .contains("<strong>5</strong> facts read from <strong>2</strong> documents, naming <strong>"
                        + server.database().counts().entities() + "</strong> entities")
                .contains("<a href=\"/?type=agreement\">1 agreement</a>")
                .contains("<a href=\"/?type=product\">0 products</a>");
    }

    @Test
    void listsTheNewestFactsByTheDateTheyHappened() throws Exception {
        Articles older = Articles.article("older-pact", "Fukui signed an MOU with Zhejiang in 2019.");
        server.database().save(older.with(older.mou("MOU", PartialDate.ofYear(2019), older.place("Fukui"),
                older.place("Zhejiang"))));
        Articles newer = Articles.article("newer-pact", "Tottori signed an MOU with Gangwon on 4 June 2022.");
        server.database().save(newer.with(newer.mou("MOU", PartialDate.ofDay(2022, 6, 4), newer.place("Tottori"),
                newer.place("Gangwon"))));
        Articles oldest = Articles.article("oldest-pact", "Niigata signed an MOU with Harbin in 2008.");
        server.database().save(oldest.with(oldest.mou("MOU", PartialDate.ofYear(2008), oldest.place("Niigata"),
                oldest.place("Harbin"))));

        String page = server.get("/?type=agreement").body();

        assertThat(page).contains("<h1>Newest agreement facts</h1>");
        assertThat(page.indexOf("newer-pact")).isPositive().isLessThan(page.indexOf("older-pact"));
        assertThat(page.indexOf("older-pact")).isLessThan(page.indexOf("oldest-pact"));
        assertThat(page).contains("<td class=\"when\">2022-06-04</td>");
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
