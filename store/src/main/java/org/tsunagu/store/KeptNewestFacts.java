package org.tsunagu.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.knowledge.DatedFact;
import org.tsunagu.store.knowledge.NewestFacts;

/**
 * The home page's newest facts, read again only when the store changed ({@link StoreVersion}) or
 * the day did. Finding them groups every fact's statement years, which at 100,000 articles (about a
 * million statements) took most of the home page's time on every request.
 */
final class KeptNewestFacts {

    private record Key(Optional<FactType> type, int limit, LocalDate today) {
    }

    private record Kept(List<Long> version, Map<Key, List<DatedFact>> lists) {
    }

    private volatile Kept kept = new Kept(List.of(), Map.of());

    List<DatedFact> read(Handle handle, Optional<FactType> type, int limit, LocalDate today) {
        List<Long> version = StoreVersion.read(handle);
        Key key = new Key(type, limit, today);
        Kept before = kept;
        boolean current = before.version().equals(version);
        if (current && before.lists().containsKey(key)) {
            return before.lists().get(key);
        }
        List<DatedFact> facts = NewestFacts.find(handle, type, limit, today);
        Map<Key, List<DatedFact>> lists = new HashMap<>(current ? before.lists() : Map.of());
        lists.put(key, facts);
        kept = new Kept(version, Map.copyOf(lists));
        return facts;
    }
}
