package org.tsunagu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.web.KnownParameters;
import org.tsunagu.web.RunningServer;

/** The API page for people is the OpenAPI description the server serves, rendered. */
class ApiReferenceTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void rendersEveryOperationOfTheDescriptionWithItsParameters() throws Exception {
        ApiReference reference = ApiReference.of(ApiConventions.description());
        HttpResponse<String> page = server.get("/api-reference");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(reference.operations()).hasSizeGreaterThan(15).allSatisfy(operation ->
                assertThat(page.body()).contains("id=\"" + operation.anchor() + "\""));
        assertThat(reference.operations()).filteredOn(operation -> operation.path().equals("/api/facts"))
                .singleElement().satisfies(facts -> assertThat(facts.parameters())
                        .extracting(ApiReference.Parameter::name).containsExactly("type", "state", "entity", "min_confidence",
                                "max_confidence", "document", "country", "from", "to", "sort", "limit", "offset"));
        assertThat(page.body()).contains("<code>/export/{type}.csv</code>").contains("one of proposed, accepted, rejected, edited");
    }

    @Test
    void givesEachOperationTheParametersItsPathDeclaresForAll() {
        byte[] description = """
                {"info": {"title": "t"}, "paths": {"/api/things/{id}": {
                  "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}},
                                 {"name": "lang", "in": "query", "schema": {"type": "string"}}],
                  "get": {"parameters": [{"name": "lang", "in": "query", "description": "own"},
                                         {"name": "limit", "in": "query"}]}}}}
                """.getBytes(StandardCharsets.UTF_8);

        ApiReference.Operation get = ApiReference.of(description).operations().get(0);

        assertThat(get.parameters()).extracting(p -> p.in() + " " + p.name() + " " + p.description())
                .containsExactly("path id ", "query lang own", "query limit ");
        assertThat(KnownParameters.described(description).of("GET", "/api/things/{id}"))
                .hasValue(Set.of("lang", "limit"));
    }

    @Test
    void isLinkedFromTheFooterOfEveryPage() throws Exception {
        assertThat(server.get("/").body()).contains("<footer").contains("<a href=\"/api-reference\">API</a>");
        assertThat(server.get("/documents").body()).contains("<a href=\"/api-reference\">API</a>");
    }
}
