package org.tsunagu.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Copies;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class DocumentPageTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void marksTheTriggerAndArgumentsOfEveryFactAtTheirOffsets() throws Exception {
        server.database().save(Samples.jetroChongqing());

        String page = server.get("/documents/" + onlyDocument()).body();

        assertThat(page).containsPattern("<mark class=\"argument\">JETRO</mark> <a class=\"anchor\" id=\"fact-\\d+\"></a>"
                + "<mark class=\"trigger\">signed</mark> an MOU with <mark class=\"argument\">Chongqing Municipal Government"
                + "</mark> on October 31.");
        assertThat(page).contains("MOU: JETRO — Chongqing Municipal Government (2013-10-31)");
    }

    @Test
    void escapesMarkupInTheArticleText() throws Exception {
        Articles article = Articles.article("<b>evil</b>", "<script>alert(1)</script> JETRO signed an MOU with Osaka.");
        server.database().save(article.with(article.mou("signed", PartialDate.ofYear(2024),
                article.organisation("JETRO"), article.place("Osaka"))));

        String page = server.get("/documents/" + onlyDocument()).body();

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>evil")
                .containsPattern("&lt;script&gt;alert\\(1\\)&lt;/script&gt; <mark class=\"argument\">JETRO</mark> "
                        + "<a class=\"anchor\" id=\"fact-\\d+\"></a><mark class=\"trigger\">signed</mark>")
                .contains("&lt;b&gt;evil&lt;/b&gt;");
    }

    @Test
    void showsNoDirectionOverrideThatWouldReverseANameOnThePageOrInTheExport() throws Exception {
        Articles article = Articles.article("invoice\u202Etxt.exe", "JETRO signed an MOU with Osaka\u202E Trading.");
        server.database().save(article.with(article.mou("signed", PartialDate.ofYear(2024),
                article.organisation("JETRO"), article.organisation("Osaka Trading"))));

        String page = server.get("/documents/" + onlyDocument()).body();
        String export = server.get("/export/agreement.csv").body();

        assertThat(page).contains("invoicetxt.exe").doesNotContain("\u202E");
        assertThat(export).contains("Osaka Trading").doesNotContain("\u202E");
    }

    @Test
    void marksTheSentenceOfTheFactTheReaderCameFor() throws Exception {
        server.database().save(Samples.daNangSakai());
        long document = onlyDocument();
        long tie = server.database().document(document).orElseThrow().statements().get(0).id();

        String page = server.get("/documents/" + document + "?fact=" + tie).body();

        assertThat(page).contains("<mark class=\"argument sentence focus\">Đà Nẵng</mark><mark class=\"sentence\"> and </mark>")
                .contains("<a class=\"anchor\" id=\"fact-" + tie + "\"></a>"
                        + "<mark class=\"sentence trigger focus\">sister cities</mark>")
                .contains("<li class=\"focus\">");
    }

    @Test
    void listsDocumentsNewestFirstAPageAtATime() throws Exception {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());

        String page = server.get("/documents").body();

        assertThat(page).contains("1–2 of 2");
        assertThat(page.indexOf("da-nang-sakai")).isLessThan(page.indexOf("jetro-chongqing"));
    }

    @Test
    void listsTheOtherCopiesOfItsStoryAsAlsoPublishedBy() throws Exception {
        Copies.ofStory(32).forEach(server.database()::save);

        String page = server.get("/documents/" + onlyDocument()).body();

        assertThat(page).contains("<h2>Also published by</h2>");
        assertThat(page.split("<li><a href=\"/documents/\\d+\">outlet-\\d+</a> <span class=\"source\">Outlet ",
                -1)).hasSize(32);
    }

    @Test
    void answersAnUnknownDocumentWith404() throws Exception {
        HttpResponse<String> response = server.get("/documents/999");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private long onlyDocument() {
        return server.database().documents(1, 0).items().get(0).id();
    }
}
