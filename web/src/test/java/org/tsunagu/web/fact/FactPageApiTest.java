package org.tsunagu.web.fact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.KnowledgeReader;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.ManyReports;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.JsonBodies;
import org.tsunagu.web.RunningServer;

/** {@code /api/facts/{id}}: the fact page's JSON twin. */
class FactPageApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private long agreement;

    @BeforeEach
    void storeOneMouReportedTwiceWithTwoDatesAndADecision() {
        server.database().save(Samples.jetroChongqing());
        Articles second = Articles.article("second-report", "On November 1 JETRO signed an MOU with Chongqing Municipal Government.");
        Extraction report = second.with(second.mou("signed", PartialDate.ofDay(2013, 11, 1), second.organisation("JETRO"),
                second.organisation("Chongqing Municipal Government")));
        server.database().save(report);
        agreement = server.database().knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT)).items().get(0).id();
        server.database().apply(new Operation.Accept(agreement), "quynh");
    }

    @Test
    void givesTheFactWithTheDocumentsOfItsSourcesItsConflictAndItsHistory() throws Exception {
        JsonNode fact = JsonBodies.json(server.get("/api/facts/" + agreement));

        assertThat(fact.get("id").asLong()).isEqualTo(agreement);
        assertThat(fact.get("page").asText()).isEqualTo("/facts/" + agreement);
        assertThat(fact.get("sources")).hasSize(2);
        for (JsonNode source : fact.get("sources")) {
            long document = source.get("document_id").asLong();
            assertThat(JsonBodies.json(server.get("/api/documents/" + document)).get("name").asText())
                    .isEqualTo(source.get("document").asText());
        }
        assertThat(fact.at("/conflicts/0/values").fieldNames()).toIterable().containsExactly("2013-10-31", "2013-11-01");
        assertThat(fact.get("history")).singleElement().satisfies(entry -> {
            assertThat(entry.get("operation").asText()).isEqualTo("accept");
            assertThat(entry.get("state_after").asText()).isEqualTo("accepted");
            assertThat(entry.has("user")).as("names are for editors").isFalse();
        });
    }

    @Test
    void namesWhoDecidedToEditors() throws Exception {
        server.database().accounts().add("erin", Role.EDITOR, "a long enough password");
        String token = server.database().accounts().issueToken("erin");

        JsonNode fact = JsonBodies.json(server.send(HttpRequest.newBuilder(server.uri("/api/facts/" + agreement))
                .header("Authorization", "Bearer " + token)));

        assertThat(fact.at("/history/0/user").asText()).isEqualTo("quynh");
    }

    @Test
    void saysHowManySourcesItShowsOfAFactStatedByMoreReportsThanItReads() throws Exception {
        int reports = KnowledgeReader.MOST_STATEMENTS + 5;
        ManyReports.ofOneFriendship(reports).forEach(server.database()::save);
        long friendship = server.database().knowledgeFacts(KnowledgeQuery.all().withType(FactType.RELATIONSHIP))
                .items().get(0).id();

        JsonNode fact = JsonBodies.json(server.get("/api/facts/" + friendship));
        assertThat(fact.get("sources_in_all").asInt()).isEqualTo(reports);
        assertThat(fact.get("sources")).hasSize(KnowledgeReader.MOST_STATEMENTS);
        assertThat(server.get("/facts/" + friendship).body())
                .contains(reports + " sources", "The 100 most confident of " + reports + " sources.");
    }

    @Test
    void answers404ForNoSuchFactAndShowsItAsAPage() throws Exception {
        assertThat(server.get("/api/facts/999999").statusCode()).isEqualTo(404);
        assertThat(server.get("/facts/" + agreement).body()).contains("class=\"conflicts\"", "2013-10-31", "2013-11-01",
                "second-report", "jetro-chongqing");
    }
}
