package org.tsunagu.store.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.store.testing.Ties;

class EntityPlacesTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTies() {
        database = store.database();
        database.save(Ties.daNang());
    }

    @Test
    void placesACityAtItsReferencePlaceAndAGovernmentAtThePlaceItGoverns() {
        long daNang = EntityIds.of(database, "Da Nang");
        long committee = EntityIds.of(database, "Da Nang People's Committee");
        long jetro = EntityIds.of(database, "JETRO");

        Map<Long, String> places = database.referencePlaces(List.of(daNang, committee, jetro));

        assertThat(places).containsEntry(daNang, "VN-DN").containsEntry(committee, "VN-DN")
                .as("a company is no place").doesNotContainKey(jetro);
    }
}
