package org.tsunagu.web.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.web.JsonBodies.error;
import static org.tsunagu.web.JsonBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.WebServer;

/** Suggested duplicates, rename, type, parent and merge through JSON, and the redirect from a merged entity's address. */
class EntityCurationApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private static Extraction mou(String name, String text, String first, String second) {
        Articles article = Articles.article(name, text);
        return article.with(article.mou("signed", PartialDate.ofYear(2023), article.organisation(first),
                article.organisation(second)));
    }

    private static void storeTwoSpellingsOfOneFirm(Database database) {
        database.save(mou("one", "Wrenfield Robotics signed an MOU with Amberlea Council.", "Wrenfield Robotics",
                "Amberlea Council"));
        database.save(mou("two", "Wrenfield Robotic signed an MOU with Amberlea Council.", "Wrenfield Robotic",
                "Amberlea Council"));
    }

    @BeforeEach
    void storeArticles() {
        storeTwoSpellingsOfOneFirm(server.database());
    }

    @Test
    void listsSuggestedDuplicatesWithWhyToEditorsOnly() throws Exception {
        assertThat(get("/api/entities/duplicates", token("vic", Role.VIEWER)).statusCode()).isEqualTo(403);

        JsonNode body = json(get("/api/entities/duplicates?type=organisation", token("erin", Role.EDITOR)));

        JsonNode first = body.get("items").get(0);
        assertThat(first.at("/first/name").asText()).isEqualTo("Wrenfield Robotics");
        assertThat(first.at("/second/name").asText()).isEqualTo("Wrenfield Robotic");
        assertThat(first.at("/shared/neighbours").asInt()).isEqualTo(1);
        assertThat(first.get("reasons").toString()).contains("alike (Jaro-Winkler)", "1 shared neighbour in the graph");
    }

    @Test
    void renamesRetypesAndMergesUnderTheChosenName() throws Exception {
        String editor = token("erin", Role.EDITOR);
        long robotics = EntityIds.of(server.database(), "Wrenfield Robotics");
        long robotic = EntityIds.of(server.database(), "Wrenfield Robotic");

        JsonNode renamed = json(post("/api/entities/" + robotics + "/rename", editor, "{\"name\": \"Wrenfield Robotics Inc.\"}"));
        JsonNode merged = json(post("/api/entities/" + robotic + "/merge", editor,
                "{\"into\": " + robotics + ", \"name\": \"Wrenfield Robotics Inc.\"}"));
        JsonNode retyped = json(post("/api/entities/" + robotics + "/type", editor, "{\"type\": \"group\"}"));

        assertThat(renamed.at("/entity/name").asText()).isEqualTo("Wrenfield Robotics Inc.");
        assertThat(renamed.at("/audit/user").asText()).isEqualTo("erin");
        assertThat(merged.at("/entity/id").asLong()).isEqualTo(robotics);
        assertThat(merged.at("/entity/aliases").toString()).contains("Wrenfield Robotic\"", "Wrenfield Robotics\"");
        assertThat(retyped.at("/entity/type").asText()).isEqualTo("group");
        assertThat(error(post("/api/entities/" + robotics + "/parent", editor, "{\"parent\": null}"), 400))
                .contains("only a place lies within another place");
        assertThat(error(post("/api/entities/" + robotics + "/type", editor, "{\"type\": \"planet\"}"), 400))
                .contains("unknown type 'planet'");
    }

    @Test
    void aMergedEntitysPageAndApiAddressRedirectPermanentlyToTheSurvivorAfterARestart(@TempDir Path folder)
            throws Exception {
        String file = folder.resolve("kb.db").toString();
        long robotics;
        long robotic;
        try (Database database = Database.open(file)) {
            storeTwoSpellingsOfOneFirm(database);
            robotics = EntityIds.of(database, "Wrenfield Robotics");
            robotic = EntityIds.of(database, "Wrenfield Robotic");
            database.apply(new Operation.Merge(robotic, robotics), "erin");
        }

        try (Database reopened = Database.open(file); WebServer web = WebServer.start(reopened, 0)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(address(web,
                    "/entities/" + robotic + "?type=agreement")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(address(web,
                    "/api/entities/" + robotic)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(301);
            assertThat(page.headers().firstValue("Location")).contains("/entities/" + robotics + "?type=agreement");
            assertThat(api.statusCode()).isEqualTo(301);
            assertThat(api.headers().firstValue("Location")).contains("/api/entities/" + robotics);
        }
    }

    private String token(String name, Role role) {
        server.database().accounts().add(name, role, "a long enough password " + name);
        return server.database().accounts().issueToken(name);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token));
    }

    /** The address of a path on a server the test started itself. */
    private static URI address(WebServer web, String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }
}
