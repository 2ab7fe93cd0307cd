package org.tsunagu.web.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.web.JsonBodies.error;
import static org.tsunagu.web.JsonBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Copies;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.web.RunningServer;

class DocumentApiTest {

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @Test
    void listsDocumentsAPageAtATime() throws Exception {
        server.database().save(Samples.jetroChongqing());
        server.database().save(Samples.daNangSakai());

        JsonNode body = json(server.get("/api/documents?limit=1&offset=1"));

        assertThat(body.get("total").asLong()).isEqualTo(2);
        assertThat(body.get("items")).singleElement().satisfies(d -> {
            assertThat(d.get("name").asText()).isEqualTo("jetro-chongqing");
            assertThat(d.get("statements").asInt()).isEqualTo(1);
        });
    }

    @Test
    void saysWhoPublishedADocumentAndWhen() throws Exception {
        Articles article = Articles.article("ferry-pact", "Port Aurel signed an MOU with Isla Verde on Monday.")
                .publishedBy(new DocumentInfo(Optional.of("Port Aurel and Isla Verde sign ferry pact"),
                        Optional.of("Coastline Gazette"), Optional.of("https://gazette.example/news/ferry-pact"),
                        Optional.of("en"), Optional.of(PartialDate.ofDay(2025, 4, 2))));
        server.database().save(article.with(article.mou("signed", PartialDate.ofYear(2025), article.place("Port Aurel"),
                article.place("Isla Verde"))));
        long id = server.database().documents(1, 0).items().get(0).id();

        JsonNode body = json(server.get("/api/documents/" + id));

        assertThat(body.get("title").asText()).isEqualTo("Port Aurel and Isla Verde sign ferry pact");
        assertThat(body.get("outlet").asText()).isEqualTo("Coastline Gazette");
        assertThat(body.get("url").asText()).isEqualTo("https://gazette.example/news/ferry-pact");
        assertThat(body.get("language").asText()).isEqualTo("en");
        assertThat(body.get("published").asText()).isEqualTo("2025-04-02");
    }

    @Test
    void namesTheOtherCopiesOfItsStory() throws Exception {
        Copies.ofStory(3).forEach(server.database()::save);
        long id = server.database().documents(1, 0).items().get(0).id();

        JsonNode body = json(server.get("/api/documents/" + id));

        assertThat(body.get("name").asText()).isEqualTo("outlet-3");
        assertThat(body.get("also_published_by")).extracting(copy -> copy.get("name").asText() + " " + copy.get("source").asText()
                        + " " + copy.get("outlet").asText())
                .containsExactly("outlet-1 test://outlet-1 Outlet 1 News", "outlet-2 test://outlet-2 Outlet 2 News");
    }

    @Test
    void writesTheCopiesOfAFactsSourceAsTheDocumentDoes() throws Exception {
        Copies.ofStory(3).forEach(server.database()::save);

        JsonNode copies = json(server.get("/api/facts")).get("items").get(0).get("sources").get(0).get("also_published_by");

        assertThat(copies).hasSize(2);
        for (JsonNode copy : copies) {
            JsonNode document = json(server.get("/api/documents/" + copy.get("id").asLong()));
            assertThat(document.get("name").asText()).isEqualTo(copy.get("name").asText());
            assertThat(keys(document.get("also_published_by").get(0))).isEqualTo(keys(copy))
                    .containsExactly("id", "name", "outlet", "source");
        }
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void givesTheTextAndEveryFactWithItsOffsets() throws Exception {
        server.database().save(Samples.daNangSakai());
        long id = server.database().documents(1, 0).items().get(0).id();

        JsonNode body = json(server.get("/api/documents/" + id));

        String text = body.get("text").asText();
        assertThat(text).isEqualTo(Samples.DA_NANG_TEXT);
        assertThat(body.get("facts")).hasSize(4);
        JsonNode investment = body.get("facts").get(3);
        assertThat(investment.get("type").asText()).isEqualTo("investment");
        assertThat(slice(text, investment.get("trigger"))).isEqualTo("932 million USD");
        assertThat(investment.get("mentions")).extracting(m -> text.substring(m.get("start").asInt(), m.get("end").asInt()))
                .containsExactly("Vietnam", "Japan");
        assertThat(investment.get("knowledge_fact").asLong()).isPositive();
    }

    @Test
    void answersUnknownAndMalformedIdsWithJsonErrors() throws Exception {
        assertThat(error(server.get("/api/documents/999"), 404)).isEqualTo("no document 999");
        assertThat(error(server.get("/api/documents/x1"), 400)).contains("id").contains("x1");
    }

    private static String slice(String text, JsonNode span) {
        return text.substring(span.get("start").asInt(), span.get("end").asInt());
    }
}
