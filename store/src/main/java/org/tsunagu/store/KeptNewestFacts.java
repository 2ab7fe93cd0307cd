package org.tsunagu.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.knowledge.DatedFact;
import org.tsunagu.store.knowledge.NewestFacts;

/**
 * The home page's newest facts, read again only when the store changed or the day did. Finding
 * them groups every fact's statement years, which at 100,000 articles (about a million
 * statements) took most of the home page's time on every request.
 */
final class KeptNewestFacts {

    private record Key(Optional<FactType> type, int limit, LocalDate today) {
    }

    private final KeptUntilChanged<Key, List<DatedFact>> kept = new KeptUntilChanged<>(32);

    List<DatedFact> read(Handle handle, Optional<FactType> type, int limit, LocalDate today) {
        return kept.get(handle, new Key(type, limit, today), () -> NewestFacts.find(handle, type, limit, today));
    }
}
