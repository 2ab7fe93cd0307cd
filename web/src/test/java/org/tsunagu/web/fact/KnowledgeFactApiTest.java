package org.tsunagu.web.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

/** {@code /api/facts} lists the knowledge facts that review takes, not what each document said. */
class KnowledgeFactApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeOneMouReportedTwiceWithTwoDatesAndAnotherArticle() {
        server.database().save(Samples.jetroChongqing());
        server.database().save(mou("second-report", "On November 1 JETRO signed an MOU with Chongqing Municipal Government.",
                PartialDate.ofDay(2013, 11, 1)));
        server.database().save(Samples.daNangSakai());
    }

    @Test
    void listsThenAcceptsOneFactAndOnlyThatFactChanges() throws Exception {
        Map<Long, String> before = states(json(server.get("/api/facts?limit=100")));
        long chosen = before.keySet().stream().skip(1).findFirst().orElseThrow();

        HttpResponse<String> accepted = server.send(HttpRequest.newBuilder(server.uri("/api/facts/" + chosen + "/accept"))
                .header("Authorization", "Bearer " + editorToken()).POST(HttpRequest.BodyPublishers.noBody()));
        Map<Long, String> after = states(json(server.get("/api/facts?limit=100")));

        assertThat(accepted.statusCode()).isEqualTo(200);
        Map<Long, String> expected = new LinkedHashMap<>(before);
        expected.put(chosen, "accepted");
        assertThat(before).containsValues("proposed").doesNotContainValue("accepted");
        assertThat(after).isEqualTo(expected);
    }

    @Test
    void givesEachFactItsSourcesAndTheFieldsTheyDisagreeOn() throws Exception {
        JsonNode agreement = json(server.get("/api/facts?type=agreement")).get("items").get(0);

        assertThat(agreement.get("sources")).hasSize(2);
        assertThat(agreement.get("sources").findValuesAsText("document")).containsExactlyInAnyOrder("jetro-chongqing",
                "second-report");
        assertThat(agreement.get("sources").get(0).get("statement").isIntegralNumber()).isTrue();
        assertThat(agreement.at("/conflicts/0/field").asText()).isEqualTo("date");
        assertThat(agreement.at("/conflicts/0/values").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("2013-10-31", "2013-11-01");
    }

    @Test
    void pagesLikeTheOtherListingsAndFiltersByState() throws Exception {
        JsonNode all = json(server.get("/api/facts"));
        JsonNode second = json(server.get("/api/facts?limit=1&offset=1"));
        JsonNode accepted = json(server.get("/api/facts?state=accepted"));

        assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size()).isGreaterThan(1);
        assertThat(second.get("limit").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("id")).isEqualTo(all.get("items").get(1).get("id"));
        assertThat(accepted.get("total").asLong()).isZero();
        assertThat(server.get("/api/facts?state=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void keepsStatementsUnderTheirOwnPathWithTheirOwnIds() throws Exception {
        JsonNode statements = json(server.get("/api/statements?type=agreement"));

        assertThat(statements.get("total").asLong()).isEqualTo(2);
        assertThat(json(server.get("/api/facts?type=agreement")).get("total").asLong()).isEqualTo(1);
    }

    private static Extraction mou(String name, String text, PartialDate date) {
        Articles article = Articles.article(name, text);
        return article.with(article.mou("signed", date, article.organisation("JETRO"),
                article.organisation("Chongqing Municipal Government")));
    }

    private String editorToken() {
        server.database().accounts().add("erin", Role.EDITOR, "a long enough password");
        return server.database().accounts().issueToken("erin");
    }

    private static Map<Long, String> states(JsonNode page) {
        Map<Long, String> states = new LinkedHashMap<>();
        page.get("items").forEach(item -> states.put(item.get("id").asLong(), item.get("review_state").asText()));
        return states;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
