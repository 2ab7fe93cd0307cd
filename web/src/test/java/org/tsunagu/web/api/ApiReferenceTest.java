package org.tsunagu.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
                        .extracting(ApiReference.Parameter::name).containsExactly("type", "state", "entity", "limit", "offset"));
        assertThat(page.body()).contains("<code>/export/{type}.csv</code>").contains("one of proposed, accepted, rejected, edited");
    }

    @Test
    void isLinkedFromTheFooterOfEveryPage() throws Exception {
        assertThat(server.get("/").body()).contains("<footer").contains("<a href=\"/api-reference\">API</a>");
        assertThat(server.get("/documents").body()).contains("<a href=\"/api-reference\">API</a>");
    }
}
