package org.tsunagu.store.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.store.testing.Ties;

class GraphReaderTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTies() {
        database = store.database();
        database.save(Ties.daNang());
        database.save(Samples.jetroChongqing());
    }

    @Test
    void readsTheEntitiesOneStepAwayAndTheTiesBetweenThem() {
        Graph graph = database.neighbourhood(GraphQuery.around(id("Da Nang"))).orElseThrow();

        assertThat(graph.nodes()).extracting(GraphNode::name).containsExactly("Da Nang", "Sakai", "Kanazawa");
        assertThat(graph.nodes()).extracting(GraphNode::distance).containsExactly(0, 1, 1);
        assertThat(graph.edges()).extracting(GraphEdge::kind).containsOnly(FactType.RELATIONSHIP);
        assertThat(graph.edges()).anySatisfy(edge -> {
            assertThat(Set.of(edge.source(), edge.target())).containsExactlyInAnyOrder(id("Da Nang"), id("Sakai"));
            assertThat(edge.firstYear()).contains(1997);
            assertThat(edge.facts()).isEqualTo(1);
        });
        assertThat(graph.truncated()).isFalse();
    }

    @Test
    void drawsTheNetworkAgainOnceAFactInItIsRejectedOrAnArticleAddsATie() {
        GraphQuery aroundDaNang = GraphQuery.around(id("Da Nang"));
        assertThat(database.neighbourhood(aroundDaNang).orElseThrow().nodes()).extracting(GraphNode::name)
                .contains("Sakai");

        long sakai = database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.RELATIONSHIP)).items().stream()
                .filter(f -> f.summary().contains("Sakai")).findFirst().orElseThrow().id();
        database.apply(new Operation.Reject(sakai), "ana");
        assertThat(database.neighbourhood(aroundDaNang).orElseThrow().nodes()).extracting(GraphNode::name)
                .doesNotContain("Sakai");

        Articles article = Articles.article("da-nang-busan", "Da Nang and Busan signed an MOU on port logistics.");
        database.save(article.with(article.mou("signed", PartialDate.ofYear(2024), article.place("Da Nang"),
                article.place("Busan"))));
        assertThat(database.neighbourhood(aroundDaNang).orElseThrow().nodes()).extracting(GraphNode::name)
                .contains("Busan");
    }

    @Test
    void readsOnlyTheMostRecentFactsOfAHubAndSaysSo() {
        int towns = GraphReader.FACTS_PER_ENTITY + 10;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < towns; i++) {
            text.append("Hub Port signed pact ").append(i).append(" with Town ").append(i).append(". ");
        }
        Articles article = Articles.article("hub-port", text.toString());
        database.save(article.with(IntStream.range(0, towns)
                .mapToObj(i -> article.mou("pact " + i, PartialDate.ofYear(2000), article.place("Hub Port"),
                        article.place("Town " + i)))
                .toArray(Fact[]::new)));

        Graph graph = database.neighbourhood(GraphQuery.around(id("Hub Port"))).orElseThrow();

        assertThat(graph.truncated()).isTrue();
        assertThat(graph.nodes()).hasSize(GraphReader.FACTS_PER_ENTITY + 1);
        assertThat(graph.nodes()).extracting(GraphNode::name).contains("Town " + (towns - 1)).doesNotContain("Town 0");
        assertThat(graph.edges()).hasSize(GraphReader.FACTS_PER_ENTITY)
                .allSatisfy(edge -> assertThat(edge.facts()).isEqualTo(1));
    }

    @Test
    void twoStepsReachTheNeighboursOfNeighbours() {
        Graph graph = database.neighbourhood(GraphQuery.around(id("Da Nang")).withDepth(2)).orElseThrow();

        assertThat(graph.nodes()).extracting(GraphNode::name).contains("JETRO", "Tran Minh Quan")
                .doesNotContain("Chongqing Municipal Government");
        assertThat(graph.nodes()).filteredOn(n -> n.name().equals("JETRO")).singleElement()
                .satisfies(n -> assertThat(n.distance()).isEqualTo(2));
    }

    @Test
    void keepsToTheKindsAsked() {
        Graph graph = database.neighbourhood(GraphQuery.around(id("Sakai")).withKinds(Set.of(FactType.AGREEMENT)))
                .orElseThrow();

        assertThat(graph.nodes()).extracting(GraphNode::name).containsExactly("Sakai", "JETRO");
        assertThat(graph.edges()).extracting(GraphEdge::kind).containsExactly(FactType.AGREEMENT);
    }

    @Test
    void keepsToTheYearsAsked() {
        Graph graph = database.neighbourhood(GraphQuery.around(id("Da Nang"))
                .withYears(Optional.of(2000), Optional.of(2030))).orElseThrow();

        assertThat(graph.nodes()).extracting(GraphNode::name).containsExactly("Da Nang", "Kanazawa");
    }

    @Test
    void letsInNoMoreEntitiesThanAskedAndSaysSo() {
        Graph graph = database.neighbourhood(GraphQuery.around(id("Da Nang")).withDepth(2).withMaxNodes(2))
                .orElseThrow();

        assertThat(graph.nodes()).hasSize(2);
        assertThat(graph.truncated()).isTrue();
    }

    @Test
    void knowsNoNetworkAroundAnUnknownEntity() {
        assertThat(database.neighbourhood(GraphQuery.around(999_999))).isEmpty();
    }

    @Test
    void theMostConnectedEntitiesComeWithTheEntitiesTheirFactsName() {
        Graph graph = database.mostConnected(Set.of(FactType.values()), 3);

        assertThat(graph.nodes()).hasSize(3);
        GraphNode hub = graph.nodes().get(0);
        assertThat(hub.distance()).isZero();
        assertThat(graph.nodes().subList(1, 3)).allSatisfy(spoke -> {
            assertThat(spoke.distance()).isEqualTo(1);
            assertThat(graph.edges()).anySatisfy(edge -> assertThat(Set.of(edge.source(), edge.target()))
                    .containsExactlyInAnyOrder(hub.id(), spoke.id()));
        });
    }

    private long id(String name) {
        return EntityIds.of(database, name);
    }
}
