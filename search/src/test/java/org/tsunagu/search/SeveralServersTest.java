package org.tsunagu.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tsunagu.store.Database;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TestPostgresql;

/**
 * Web servers over one PostgreSQL database each keep their own index in memory, built from the
 * database: what one server (or an ingest) changes, another's next search finds.
 */
class SeveralServersTest {

    private String store;

    @BeforeEach
    void createTheStore() {
        store = TestPostgresql.createStore();
    }

    @AfterEach
    void dropTheStore() {
        TestPostgresql.dropStore(store);
    }

    @Test
    void aSearchOnOneServerFindsWhatAnotherServerChanged() {
        try (Database first = Database.open(store); Database second = Database.open(store);
                SearchIndex firstIndex = SearchIndex.open(first); SearchIndex secondIndex = SearchIndex.open(second)) {
            first.save(Samples.jetroChongqing());
            long mou = firstIndex.search(SearchRequest.of("JETRO").withFilter(Facet.TYPE, "agreement")).hits().get(0).id();
            assertThat(secondIndex.search(SearchRequest.of("JETRO").withFilter(Facet.TYPE, "agreement")).hits())
                    .extracting(SearchHit::id).containsExactly(mou);

            first.apply(new Operation.Reject(mou), "reviewer");
            second.save(Samples.daNangSakai());

            assertThat(secondIndex.search(SearchRequest.of("JETRO").withFilter(Facet.STATE, "rejected")).hits())
                    .extracting(SearchHit::id).containsExactly(mou);
            assertThat(firstIndex.search(SearchRequest.of("Da Nang")).total()).isPositive();
        }
    }
}
