package org.tsunagu.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class StorePagesTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void readsEveryFactOncePageAfterPage() {
        ManyAgreements.store(store.database(), KnowledgeQuery.MAX_LIMIT + 10);
        long stored = store.database().knowledgeFacts(KnowledgeQuery.all()).total();

        List<Long> ids = new ArrayList<>();
        StorePages.facts(store.database(), Optional.empty()).forEach(fact -> ids.add(fact.id()));

        assertThat(stored).isGreaterThan(KnowledgeQuery.MAX_LIMIT);
        assertThat(ids).hasSize((int) stored).doesNotHaveDuplicates();
    }

    @Test
    void readsFactsOfOneTypeAndEveryEntity() {
        store.database().save(Samples.jetroChongqing());
        store.database().save(Samples.daNangSakai());

        Iterable<KnowledgeFact> roles = StorePages.facts(store.database(), Optional.of(FactType.ROLE));
        Iterable<Entity> entities = StorePages.entities(store.database());

        assertThat(roles).extracting(KnowledgeFact::type).containsExactly(FactType.ROLE);
        assertThat(StreamSupport.stream(entities.spliterator(), false).map(Entity::name))
                .contains("JETRO", "Sakai", "Nguyen Van An").doesNotHaveDuplicates();
    }

    @Test
    void readsNothingFromAnEmptyStore() {
        assertThat(StorePages.facts(store.database(), Optional.empty())).isEmpty();
    }
}
