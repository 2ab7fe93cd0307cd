package org.tsunagu.web.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.RunningServer;

/** Interest profiles, partner suggestions and their acceptance through JSON. */
class PartnerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private long obihiro;
    private long daLat;

    @BeforeEach
    void storeSisterCities() {
        server.database().save(SisterCities.report());
        obihiro = id("Obihiro");
        daLat = id("Da Lat");
    }

    @Test
    void givesTheProfileWithTheSentenceThatStatesIt() throws Exception {
        JsonNode profile = JSON.readTree(server.get("/api/partners/" + obihiro + "/profile").body());

        assertThat(profile.get("sectors").findValuesAsText("label")).containsExactly("dairy farming", "flower growing");
        assertThat(profile.get("sectors").get(0).get("sources").get(0).get("text").asText())
                .isEqualTo("Obihiro is interested in dairy farming and flower growing.");
    }

    @Test
    void explainsEachSuggestion() throws Exception {
        JsonNode suggestions = JSON.readTree(server.get("/api/partners/" + obihiro + "/suggestions").body());

        assertThat(suggestions.get("items").get(0).get("name").asText()).isEqualTo("Da Lat");
        assertThat(suggestions.get("items").get(0).get("explanation").asText())
                .isEqualTo("Da Lat is a sister city of your partner Ulsan; both interested in flower growing");
    }

    @Test
    void letsAnEditorAcceptASuggestionAndNotAViewer() throws Exception {
        String body = "{\"partner\": " + daLat + "}";

        assertThat(post("/api/partners/" + obihiro + "/accept", token("vic", Role.VIEWER), body).statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = post("/api/partners/" + obihiro + "/accept", token("erin", Role.EDITOR), body);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(accepted.body());
        assertThat(answer.get("proposed").get(0).get("name").asText()).isEqualTo("Da Lat");
        assertThat(answer.get("proposed").get(0).get("entered_by_user").asBoolean()).isTrue();
        assertThat(answer.get("audit").get("target").asText()).isEqualTo("partners:" + obihiro);
        JsonNode after = JSON.readTree(server.get("/api/partners/" + obihiro + "/suggestions").body());
        assertThat(after.get("items").findValuesAsText("name")).doesNotContain("Da Lat");
    }

    @Test
    void drawsAnAcceptedSuggestionInTheNetworkAsProposed() throws Exception {
        post("/api/partners/" + obihiro + "/accept", token("erin", Role.EDITOR), "{\"partner\": " + daLat + "}");

        JsonNode network = JSON.readTree(server.get("/api/graph?entity=" + obihiro + "&depth=2").body());

        assertThat(network.get("proposed")).singleElement().satisfies(tie -> {
            assertThat(tie.get("source").asLong()).isEqualTo(Math.min(obihiro, daLat));
            assertThat(tie.get("target").asLong()).isEqualTo(Math.max(obihiro, daLat));
        });
    }

    @Test
    void refusesToAcceptAnEntityThatWasNotSuggested() throws Exception {
        HttpResponse<String> response = post("/api/partners/" + obihiro + "/accept", token("erin", Role.EDITOR),
                "{\"partner\": " + id("Ulsan") + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not among the partners suggested");
    }

    @Test
    void letsAnEditorTakeAnInterestOffTheProfile() throws Exception {
        HttpResponse<String> response = post("/api/partners/" + obihiro + "/interests", token("erin", Role.EDITOR),
                "{\"kind\": \"sector\", \"words\": \"dairy farming\", \"present\": false}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("profile").get("sectors").findValuesAsText("label"))
                .containsExactly("flower growing");
    }

    private long id(String name) {
        return server.database().entities(EntityQuery.all().withText(name)).items().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    private String token(String name, Role role) {
        server.database().accounts().add(name, role, "a long enough password");
        return server.database().accounts().issueToken(name);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
