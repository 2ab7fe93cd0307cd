package org.tsunagu.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.tsunagu.store.feed.FeedEntity;
import org.tsunagu.store.resolution.Level;

/**
 * Every canonical entity by id, to describe the facts and documents that name them: by their
 * aliases, and by the country each lies in, found by walking up the place hierarchy (a city to
 * its region to its country, a government to the place it governs). Entities outside it (a
 * company, a person) have no country.
 */
final class KnownEntities {

    /** Deeper than any real hierarchy: guards against a cycle that bad data could make. */
    private static final int MAX_DEPTH = 8;

    private final Map<Long, FeedEntity> entities;

    private KnownEntities(Map<Long, FeedEntity> entities) {
        this.entities = entities;
    }

    static KnownEntities of(Collection<FeedEntity> entities) {
        Map<Long, FeedEntity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        return new KnownEntities(byId);
    }

    Optional<String> country(long entity) {
        FeedEntity current = entities.get(entity);
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current.level().filter(Level.COUNTRY::equals).isPresent()) {
                return Optional.of(current.name());
            }
            Optional<Long> up = current.parent().or(current::governs);
            current = up.map(entities::get).orElse(null);
        }
        return Optional.empty();
    }

    /** The countries of several entities, each once, in alphabetical order. */
    List<String> countries(List<Long> entityIds) {
        TreeSet<String> names = new TreeSet<>();
        entityIds.forEach(id -> country(id).ifPresent(names::add));
        return List.copyOf(names);
    }

    /**
     * The aliases of the entities and the reference names of those that are known places, for
     * matching a fact by any name its entities go by ("Saigon" finds what Ho Chi Minh City signed).
     */
    List<String> aliases(List<Long> entityIds) {
        return entityIds.stream().map(entities::get).filter(Objects::nonNull)
                .flatMap(e -> Stream.concat(e.aliases().stream(), ReferenceNames.of(e).stream()))
                .distinct().toList();
    }
}
