package org.tsunagu.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.account.SessionClient;

class ReviewPageTest {

    private static final String PASSWORD = "editor's long password";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private SessionClient editor;

    @BeforeEach
    void signInAnEditor() throws Exception {
        server.database().accounts().add("erin", Role.EDITOR, PASSWORD);
        editor = new SessionClient(server);
        editor.signIn("erin", PASSWORD);
    }

    @Test
    void listsProposedFactsWithTheirEvidenceAndTheKeysToDecideThem() throws Exception {
        server.database().save(Samples.jetroChongqing());

        HttpResponse<String> page = editor.get("/review");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Proposed facts 1–1 of 1")
                .contains("MOU: JETRO — Chongqing Municipal Government (2013-10-31)")
                .contains("<mark class=\"argument\">JETRO</mark> <mark class=\"trigger\">signed</mark> an MOU with "
                        + "<mark class=\"argument\">Chongqing Municipal Government</mark> on October 31.")
                .contains("jetro-chongqing")
                .contains("hx-post=\"/review/1/accept\"")
                .contains("data-key=\"a\"").contains("data-key=\"r\"").contains("data-key=\"e\"")
                .contains("<script src=\"/review.js\" defer></script>")
                .contains("data-csrf=\"" + editor.csrf() + "\"");
    }

    @Test
    void acceptingThroughHtmxAnswersWithTheRowInItsNewState() throws Exception {
        server.database().save(Samples.jetroChongqing());
        editor.get("/review");

        HttpResponse<String> row = editor.htmx("POST", "/review/1/accept", Map.of());

        assertThat(row.statusCode()).isEqualTo(200);
        assertThat(row.body()).startsWith("<tr id=\"fact-1\" class=\"fact state-accepted\"").doesNotContain("<html");
        assertThat(server.database().knowledgeFact(1).orElseThrow().reviewState()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(server.database().auditLog(1).get(0).user()).isEqualTo("erin");
    }

    @Test
    void editsInPlaceOnlyTheFieldsThatChanged() throws Exception {
        server.database().save(Samples.jetroChongqing());
        editor.get("/review");

        HttpResponse<String> form = editor.get("/review/1/edit");
        HttpResponse<String> saved = editor.htmx("POST", "/review/1/edit",
                Map.of("field.kind", "mou", "field.date", "2013-11-01"));

        assertThat(form.body()).contains("name=\"field.date\" value=\"2013-10-31\"").contains("name=\"field.kind\"");
        assertThat(saved.body()).contains("state-edited").contains("edited: date=2013-11-01");
        assertThat(server.database().knowledgeFact(1).orElseThrow().edits()).containsExactly(Map.entry("date", "2013-11-01"));
    }

    @Test
    void showsWhyAnEditCannotBeSavedInTheForm() throws Exception {
        server.database().save(Samples.jetroChongqing());
        editor.get("/review");

        HttpResponse<String> form = editor.htmx("POST", "/review/1/edit", Map.of("field.date", "<b>soon</b>"));

        assertThat(form.body()).contains("class=\"error\"").contains("not valid")
                .contains("value=\"&lt;b>soon&lt;/b>\"").doesNotContain("<b>soon");
        assertThat(server.database().knowledgeFact(1).orElseThrow().reviewState()).isEqualTo(ReviewState.PROPOSED);
    }

    @Test
    void labelsTheEditFormForPeopleWithSelectsForKindsAndEntityBoxes() throws Exception {
        server.database().save(Samples.jetroChongqing());
        editor.get("/review");

        String form = editor.get("/review/1/edit").body();

        assertThat(form).contains("<label>Kind").contains("<option value=\"mou\" selected>MOU</option>")
                .contains("<option value=\"cooperation_agreement\">Cooperation agreement</option>")
                .contains("<label>Date").contains("pattern=\"\\d{4}(-\\d{2}(-\\d{2})?)?\"")
                .contains("<legend>Parties</legend>")
                .contains("name=\"entity.parties\" value=\"Chongqing Municipal Government\"")
                .contains("<mark class=\"trigger\">signed</mark>");
    }

    @Test
    void saysHowToWriteADateThatIsNotOne() throws Exception {
        server.database().save(Samples.jetroChongqing());
        editor.get("/review");

        String form = editor.htmx("POST", "/review/1/edit", Map.of("field.date", "31/10/2013")).body();

        assertThat(form).contains("Date '31/10/2013' is not valid: write a year, a month or a day: "
                + "2013, 2013-10 or 2013-10-31.");
        assertThat(server.database().auditLog(10)).isEmpty();
    }

    @Test
    void pagesThroughTheQueueTwentyAtATime() throws Exception {
        server.database().save(Samples.numbered(1));
        server.database().save(Samples.numbered(2));
        server.database().save(Samples.numbered(3));

        String first = editor.get("/review").body();
        String second = editor.get("/review?offset=20").body();

        assertThat(first).contains("Proposed facts 1–20 of 30").contains("href=\"/review?offset=20\"")
                .doesNotContain("Previous");
        assertThat(second).contains("Proposed facts 21–30 of 30").contains("href=\"/review?offset=0\"")
                .doesNotContain("Next");
    }

    @Test
    void escapesArticleTextInTheQueue() throws Exception {
        Articles article = Articles.article("<i>x</i>", "JETRO signed an MOU with <script>alert(1)</script> Osaka.");
        server.database().save(article.with(article.mou("signed", PartialDate.ofYear(2024),
                article.organisation("JETRO"), article.organisation("<script>alert(1)</script> Osaka"))));

        String page = editor.get("/review").body();

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<i>x").contains("&lt;script&gt;");
    }

    @Test
    void isForEditorsOnly() throws Exception {
        server.database().accounts().add("vic", Role.VIEWER, PASSWORD);
        SessionClient viewer = new SessionClient(server);
        viewer.signIn("vic", PASSWORD);

        assertThat(viewer.get("/review").statusCode()).isEqualTo(403);
        assertThat(new SessionClient(server).get("/review").headers().firstValue("Location")).hasValue("/login?next=%2Freview");
    }
}
