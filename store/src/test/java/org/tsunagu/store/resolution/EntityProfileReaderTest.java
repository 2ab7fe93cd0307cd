package org.tsunagu.store.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;
import org.tsunagu.store.testing.Ties;

class EntityProfileReaderTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeTies() {
        database = store.database();
        database.save(Ties.daNang());
    }

    @Test
    void placesACityWithinItsRegionAndCountryWidestFirst() {
        EntityProfile kanazawa = database.entityProfile(id("Kanazawa")).orElseThrow();

        assertThat(kanazawa.within()).extracting(EntityLink::name).containsExactly("Japan", "Ishikawa");
        assertThat(kanazawa.within()).extracting(l -> l.level().orElse("")).containsExactly("country", "prefecture");
    }

    @Test
    void linksAGovernmentAndThePlaceItGoverns() {
        EntityProfile committee = database.entityProfile(id("Da Nang People's Committee")).orElseThrow();
        EntityProfile daNang = database.entityProfile(id("Da Nang")).orElseThrow();

        assertThat(committee.governs()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Da Nang"));
        assertThat(committee.within()).extracting(EntityLink::name).containsExactly("Vietnam", "Da Nang");
        assertThat(daNang.governedBy()).extracting(EntityLink::name).containsExactly("Da Nang People's Committee");
    }

    @Test
    void listsThePlacesWithinAPlace() {
        EntityProfile japan = database.entityProfile(id("Japan")).orElseThrow();

        assertThat(japan.places()).extracting(EntityLink::name).contains("Ishikawa");
        assertThat(japan.within()).isEmpty();
    }

    @Test
    void knowsNoUnknownEntity() {
        assertThat(database.entityProfile(999_999)).isEmpty();
    }

    private long id(String name) {
        return EntityIds.of(database, name);
    }
}
