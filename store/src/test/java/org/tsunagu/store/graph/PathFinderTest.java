package org.tsunagu.store.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.store.testing.Ties;

class PathFinderTest {

    private static final Set<FactType> ALL = Set.of(FactType.values());

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
    void findsTheShortestPathThroughTheEntitiesBetween() {
        Paths paths = database.paths(id("Kanazawa"), id("Chongqing Municipal Government"), ALL).orElseThrow();

        assertThat(paths.paths()).containsExactly(List.of(id("Kanazawa"), id("Da Nang"), id("Sakai"), id("JETRO"),
                id("Chongqing Municipal Government")));
        assertThat(paths.length()).isEqualTo(4);
        assertThat(paths.graph().nodes()).hasSize(5);
        assertThat(paths.graph().edges()).extracting(GraphEdge::kind).contains(FactType.RELATIONSHIP,
                FactType.AGREEMENT);
    }

    @Test
    void findsEveryShortestPathWhenThereAreSeveral() {
        Paths paths = database.paths(id("Tran Minh Quan"), id("Da Nang"), ALL).orElseThrow();

        assertThat(paths.paths()).containsExactly(List.of(id("Tran Minh Quan"), id("Kanazawa"), id("Da Nang")));
    }

    @Test
    void findsNoneThroughKindsThatDoNotConnect() {
        Paths paths = database.paths(id("Kanazawa"), id("JETRO"), Set.of(FactType.RELATIONSHIP)).orElseThrow();

        assertThat(paths.paths()).isEmpty();
        assertThat(paths.graph().nodes()).isEmpty();
    }

    @Test
    void knowsNoPathsFromAnUnknownEntity() {
        assertThat(database.paths(999_999, id("JETRO"), ALL)).isEmpty();
    }

    private long id(String name) {
        return EntityIds.of(database, name);
    }
}
