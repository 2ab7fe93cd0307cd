package org.tsunagu.web.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Renewal;
import org.tsunagu.web.JsonBodies;
import org.tsunagu.web.RunningServer;

/** The Da Nang–Sakai sample's new MOU shown (entity and fact pages) and served as the renewal of the 2014 one. */
class RenewalLinkTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeTheSample() {
        server.database().save(Renewal.daNangSakaiSample());
    }

    @Test
    void showsOnTheEntityPageWhichMouRenewsWhich() throws Exception {
        String page = server.get("/entities/" + EntityIds.of(server.database(), "Sakai")).body();

        String agreements = page.substring(page.indexOf("id=\"agreement\""));
        assertThat(agreements).contains("Agreements <span class=\"count\">2</span>")
                .containsPattern("<span class=\"renewal\"><a href=\"/facts/\\d+\">renews the 2014 MOU</a></span>")
                .containsPattern("<span class=\"renewal\"><a href=\"/facts/\\d+\">renewed in 2025</a></span>");
        assertThat(agreements.indexOf("2025-04-01")).isLessThan(agreements.indexOf("renews the 2014 MOU"));
    }

    @Test
    void showsOnTheFactsPageWhichMouItRenewsAndWhichRenewsIt() throws Exception {
        KnowledgeFact renewal = server.database().knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT))
                .items().stream().filter(f -> !f.links().isEmpty() && f.links().get(0).relation() == FactLink.Relation.RENEWS)
                .findFirst().orElseThrow();

        String page = server.get("/facts/" + renewal.id()).body();
        String renewed = server.get("/facts/" + renewal.links().get(0).other()).body();

        assertThat(page).contains("<span class=\"renewal\"><a href=\"/facts/" + renewal.links().get(0).other()
                + "\">renews the 2014 MOU</a></span>");
        assertThat(renewed).contains("<span class=\"renewal\"><a href=\"/facts/" + renewal.id()
                + "\">renewed in 2025</a></span>");
    }

    @Test
    void servesTheLinkInTheEntityApi() throws Exception {
        JsonNode body = JsonBodies.json(server.get("/api/entities/" + EntityIds.of(server.database(), "Da Nang")));

        List<String> links = new ArrayList<>();
        for (JsonNode fact : body.get("facts")) {
            for (JsonNode link : fact.get("links")) {
                links.add(fact.get("fact").get("date").asText() + " " + link.get("relation").asText() + " "
                        + link.get("year").asInt() + " " + link.get("kind").asText());
            }
        }
        assertThat(links).containsExactlyInAnyOrder("2025-04-01 renews 2014 mou", "2014 renewed_by 2025 mou");
    }

    @Test
    void servesTheLinkInTheFactsApiAsInTheEntityApi() throws Exception {
        JsonNode entity = JsonBodies.json(server.get("/api/entities/" + EntityIds.of(server.database(), "Da Nang")));
        JsonNode facts = JsonBodies.json(server.get("/api/facts?type=agreement"));

        List<JsonNode> fromEntity = new ArrayList<>();
        entity.get("facts").forEach(fact -> fact.get("links").forEach(fromEntity::add));
        List<JsonNode> fromFacts = new ArrayList<>();
        facts.get("items").forEach(fact -> fact.get("links").forEach(fromFacts::add));

        assertThat(fromFacts).containsExactlyInAnyOrderElementsOf(fromEntity).extracting(link -> link.get("text").asText())
                .containsExactlyInAnyOrder("renews the 2014 MOU", "renewed in 2025");
    }
}
