package org.tsunagu.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class SearchApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTwoArticles() {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());
    }

    @Test
    void answersHitsWithLinksSnippetsAndFacetCounts() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=" + RunningServer.encoded("Da Nang") + "&kind=fact");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("q").asText()).isEqualTo("Da Nang");
        assertThat(body.get("filters").get("kind").asText()).isEqualTo("fact");
        assertThat(body.get("total").asLong()).isEqualTo(body.get("items").size()).isPositive();
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("fact");
        assertThat(first.get("url").asText()).isEqualTo("/facts/" + first.get("id").asLong());
        assertThat(first.get("snippet").asText()).contains("Đà Nẵng");
        assertThat(first.get("snippet_parts").findValuesAsText("text")).contains("Đà Nẵng");
        assertThat(body.get("facets").get("kind").findValuesAsText("value")).contains("fact", "entity", "document");
        assertThat(body.get("facets").get("country").findValuesAsText("value")).contains("Vietnam");
    }

    @Test
    void showsAReviewInTheNextSearch() throws Exception {
        long mou = JSON.readTree(server.get("/api/search?q=JETRO&type=agreement").body()).get("items").get(0).get("id")
                .asLong();
        server.database().apply(new Operation.Accept(mou), "reviewer");

        JsonNode accepted = JSON.readTree(server.get("/api/search?q=JETRO&state=accepted").body());

        assertThat(accepted.get("items").findValuesAsText("id")).containsExactly(String.valueOf(mou));
    }

    @Test
    void answersTheSameSearchAfreshOnceTheStoreChanged() throws Exception {
        String path = "/api/search?q=JETRO&type=agreement";
        JsonNode before = JSON.readTree(server.get(path).body()).get("items").get(0);
        assertThat(JSON.readTree(server.get(path).body()).get("items").get(0)).isEqualTo(before);

        server.database().apply(new Operation.Accept(before.get("id").asLong()), "reviewer");
        JsonNode after = JSON.readTree(server.get(path).body()).get("items").get(0);

        assertThat(before.get("state").asText()).isEqualTo("proposed");
        assertThat(after.get("state").asText()).isEqualTo("accepted");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "type=treaty|unknown type 'treaty'",
        "kind=person|unknown kind 'person'",
        "state=maybe|unknown state 'maybe'",
        "year=13|year must be four digits",
        "colour=red|unknown query parameter 'colour'",
        "type=event&type=role|give type once",
        "limit=many|limit must be a whole number",
        "limit=1000|limit must be between 1 and 100",
        "offset=-1|offset must be between 0 and"})
    void answersABadParameterWith400AndAJsonError(String query, String message) throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=x&" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
    }
}
