package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.web.RunningServer;

class JsonLdExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeSamples() {
        Hostile.storeWithSamples(server.database());
    }

    @Test
    void describesEntitiesInTheSchemaOrgVocabulary() throws Exception {
        HttpResponse<String> response = server.get("/export/graph.jsonld");
        JsonNode graph = JSON.readTree(response.body());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/ld+json"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"graph.jsonld\"");
        assertThat(graph.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(named(graph, "JETRO").get("@type").asText()).isEqualTo("Organization");
        assertThat(named(graph, "Sakai").get("@type").asText()).isEqualTo("Place");
        assertThat(named(graph, "Nguyen Van An").get("@type").asText()).isEqualTo("Person");
    }

    @Test
    void linksAnAgreementToItsPartiesById() throws Exception {
        JsonNode graph = JSON.readTree(server.get("/export/graph.jsonld").body());

        JsonNode mou = named(graph, "MOU: JETRO — Chongqing Municipal Government (2013-10-31)");

        assertThat(mou.get("@type").asText()).isEqualTo("Action");
        assertThat(mou.get("startTime").asText()).isEqualTo("2013-10-31");
        assertThat(mou.get("description").asText())
                .isEqualTo("JETRO signed an MOU with Chongqing Municipal Government on October 31.");
        List<String> agents = new ArrayList<>();
        mou.get("agent").forEach(agent -> agents.add(agent.get("@id").asText()));
        assertThat(agents).containsExactly(named(graph, "JETRO").get("@id").asText(),
                named(graph, "Chongqing Municipal Government").get("@id").asText());
    }

    @Test
    void citesTheNewsArticleThatReportsAFact() throws Exception {
        Published.store(server.database());
        JsonNode graph = JSON.readTree(server.get("/export/graph.jsonld").body());

        JsonNode article = named(graph, "MOU: Port Aurel — Isla Verde (2025)").get("subjectOf").get(0);

        assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asText()).isEqualTo("Port Aurel and Isla Verde sign ferry pact");
        assertThat(article.get("publisher").get("name").asText()).isEqualTo("Coastline Gazette");
        assertThat(article.get("url").asText()).isEqualTo("https://gazette.example/news/ferry-pact");
        assertThat(article.get("datePublished").asText()).isEqualTo("2025-04-02");
        assertThat(article.get("inLanguage").asText()).isEqualTo("en");
    }

    @Test
    void putsARoleBetweenThePersonAndTheOrganisation() throws Exception {
        JsonNode graph = JSON.readTree(server.get("/export/graph.jsonld").body());

        JsonNode person = withMemberOf(graph);

        assertThat(person.get("@id").asText()).isEqualTo(named(graph, "Nguyen Van An").get("@id").asText());
        JsonNode role = person.get("memberOf");
        assertThat(role.get("@type").asText()).isEqualTo("OrganizationRole");
        assertThat(role.get("roleName").asText()).isEqualTo("Chairman");
        assertThat(role.at("/memberOf/@id").asText())
                .isEqualTo(named(graph, "Đà Nẵng People's Committee").get("@id").asText());
    }

    @Test
    void writesAnEventAndAFigureWithTheirOwnTypes() throws Exception {
        JsonNode graph = JSON.readTree(server.get("/export/graph.jsonld").body());

        JsonNode expo = named(graph, Hostile.EVENT_NAME);
        JsonNode investment = named(graph, "FDI total: Japan → Vietnam, 932,000,000 USD");

        assertThat(expo.get("@type").asText()).isEqualTo("Event");
        assertThat(expo.get("startDate").asText()).isEqualTo("2025-04-13");
        assertThat(expo.at("/location/@id").asText()).isEqualTo(named(graph, "Yumeshima").get("@id").asText());
        assertThat(investment.get("@type").asText()).isEqualTo("InvestOrDepositAction");
        assertThat(investment.at("/amount/value").decimalValue()).isEqualByComparingTo("932000000");
        assertThat(investment.at("/amount/currency").asText()).isEqualTo("USD");
    }

    @Test
    void keepsHostileNamesIntactAsJsonStrings() throws Exception {
        String body = server.get("/export/graph.jsonld").body();

        assertThat(named(JSON.readTree(body), Hostile.MARKUP).get("@type").asText()).isEqualTo("Organization");
        assertThat(named(JSON.readTree(body), Hostile.FORMULA).get("@type").asText()).isEqualTo("Organization");
        assertThat(body).contains("Evil \\\"Corp\\\", <b>Ltd</b>\\nBranch");
    }

    private static JsonNode named(JsonNode graph, String name) {
        for (JsonNode node : graph.get("@graph")) {
            if (node.path("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no node named " + name + " in " + graph.toPrettyString());
    }

    private static JsonNode withMemberOf(JsonNode graph) {
        for (JsonNode node : graph.get("@graph")) {
            if (node.has("memberOf")) {
                return node;
            }
        }
        throw new AssertionError("no role in " + graph.toPrettyString());
    }
}
