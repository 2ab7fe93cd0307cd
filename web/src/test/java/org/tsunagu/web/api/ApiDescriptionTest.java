package org.tsunagu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.web.RunningServer;
import org.tsunagu.web.WebServer;

/** The OpenAPI description is kept by hand; these tests keep it in step with the routes the server registers. */
class ApiDescriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void describesEveryApiRouteTheServerRegisters() throws Exception {
        Set<String> missing = new TreeSet<>(registered());
        missing.removeAll(described());

        assertThat(missing).as("routes under /api/ missing from openapi.json").isEmpty();
    }

    @Test
    void describesNoRouteTheServerLacks() throws Exception {
        Set<String> stale = new TreeSet<>(described());
        stale.removeAll(registered());

        assertThat(stale).as("operations in openapi.json the server does not answer").isEmpty();
    }

    @Test
    void servesTheDescriptionAsOpenApi31() throws Exception {
        HttpResponse<String> response = server.get(ApiConventions.DESCRIPTION_PATH);
        JsonNode description = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(description.get("openapi").asText()).startsWith("3.1.");
        assertThat(description.at("/info/title").asText()).isNotBlank();
        assertThat(description.get("paths").size()).isPositive();
    }

    @Test
    void resolvesEveryReferenceInTheDescription() throws Exception {
        JsonNode description = JSON.readTree(ApiConventions.description());

        List<String> references = description.findValuesAsText("$ref");

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference).startsWith("#/");
            assertThat(description.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        });
    }

    @Test
    void describesTheRenewalLinksCopiesPublicationsAndNativeNamesTheServerWrites() throws Exception {
        JsonNode description = JSON.readTree(ApiConventions.description());
        JsonNode source = description.at("/components/schemas/KnowledgeFact/properties/sources/items/properties");
        JsonNode copy = description.at("/components/schemas/Copy/properties");

        assertThat(description.at("/components/schemas/KnowledgeFact/properties/links/items/$ref").asText())
                .isEqualTo("#/components/schemas/FactLink");
        assertThat(keys(description.at("/components/schemas/FactLink/properties")))
                .containsExactly("fact", "kind", "relation", "text", "year");
        assertThat(source.has("publication")).isTrue();
        assertThat(keys(description.at("/components/schemas/Publication/properties")))
                .containsExactly("language", "outlet", "published", "title", "url");
        assertThat(source.at("/also_published_by/items/$ref").asText()).isEqualTo("#/components/schemas/Copy");
        assertThat(keys(copy)).containsExactly("id", "name", "outlet", "source");
        assertThat(description.at("/paths/~1api~1documents~1{id}/get/responses/200/content/application~1json/schema"
                + "/properties/also_published_by/items/$ref").asText()).isEqualTo("#/components/schemas/Copy");
        assertThat(description.at("/components/schemas/Entity/properties").has("native_name")).isTrue();
        assertThat(description.at("/components/schemas/Entity/properties").has("level")).isTrue();
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void describesTheExportDownloads() throws Exception {
        assertThat(described()).contains("GET /export/{type}.csv", "GET /export/graph.jsonld",
                "GET /export/graph.graphml", "GET /export/events.ics");
    }

    /**
     * "GET /api/facts/{id}", and the export downloads under /export/: Javalin writes path
     * parameters as OpenAPI does, or in angle brackets.
     */
    private Set<String> registered() {
        Set<String> routes = new TreeSet<>();
        try (WebServer running = WebServer.start(server.database(), 0)) {
            for (Route route : running.routes()) {
                if (route.path().startsWith("/api/") || route.path().startsWith("/export/")) {
                    routes.add(route.method() + " " + route.path().replace('<', '{').replace('>', '}'));
                }
            }
        }
        assertThat(routes).isNotEmpty();
        return routes;
    }

    private static Set<String> described() throws Exception {
        Set<String> operations = new TreeSet<>();
        JSON.readTree(ApiConventions.description()).get("paths").fields().forEachRemaining(path ->
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (!method.equals("parameters") && !method.startsWith("x-")) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }
}
