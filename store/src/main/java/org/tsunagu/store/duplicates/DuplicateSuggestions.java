package org.tsunagu.store.duplicates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityReader;
import org.tsunagu.store.resolution.Level;

/**
 * Suggests entities that may be one, ranked as a curator would look at them: alike names first
 * (fingerprint collisions and Jaro-Winkler neighbours, {@link AlikeNames}), raised by documents
 * and neighbours they share and by lying in the same place, lowered by lying in different ones.
 */
public final class DuplicateSuggestions {

    /** Name pairs whose context is read, per suggestion asked for: context reorders the alike, it does not find them. */
    private static final int CANDIDATES_PER_SUGGESTION = 4;
    private static final int MIN_CANDIDATES = 200;
    /** Deeper than any real hierarchy: a guard against a cycle in hand-edited data. */
    private static final int MAX_DEPTH = 16;

    private static final String NAMES = """
            SELECT e.id, e.type, e.parent_id, e.reference_id, a.name FROM kb_entities e
            JOIN kb_aliases a ON a.entity_id = e.id
            WHERE e.merged_into IS NULL AND (:type IS NULL OR e.type = :type)
            ORDER BY e.id, a.mentions DESC, a.folded""";
    private static final String PLACES = """
            SELECT id, parent_id, name, level FROM kb_entities WHERE type = 'place' AND merged_into IS NULL""";
    private static final String DOCUMENTS = """
            SELECT DISTINCT f.document_id FROM fact_arguments a JOIN facts f ON f.id = a.fact_id WHERE a.resolved_id = :id""";
    private static final String NEIGHBOURS = """
            SELECT DISTINCT o.entity_id FROM kb_fact_entities m JOIN kb_fact_entities o ON o.kb_fact_id = m.kb_fact_id
            WHERE m.entity_id = :id AND o.entity_id <> :id""";

    private final Handle handle;
    private final Map<Long, Place> places = new HashMap<>();
    private final Map<Long, Set<Long>> documents = new HashMap<>();
    private final Map<Long, Set<Long>> neighbours = new HashMap<>();

    private DuplicateSuggestions(Handle handle) {
        this.handle = handle;
    }

    /** The {@code limit} likeliest pairs, of one kind of entity or of every kind, the likeliest first. */
    public static List<DuplicateSuggestion> find(Handle handle, Optional<EntityType> type, int limit) {
        return new DuplicateSuggestions(handle).suggest(type, limit);
    }

    private List<DuplicateSuggestion> suggest(Optional<EntityType> type, int limit) {
        handle.createQuery(PLACES).map((row, ctx) -> new Place(row.getLong("id"),
                        parent(row), row.getString("name"),
                        row.getString("level")))
                .forEach(place -> places.put(place.id(), place));
        List<AlikeNames.NamePair> alike = new ArrayList<>(AlikeNames.among(entities(type)));
        alike.sort(Comparator.comparingDouble(AlikeNames.NamePair::similarity).reversed()
                .thenComparing(pair -> pair.first().id()).thenComparing(pair -> pair.second().id()));
        List<Scored> scored = new ArrayList<>();
        for (AlikeNames.NamePair pair : alike.subList(0, Math.min(alike.size(),
                Math.max(MIN_CANDIDATES, CANDIDATES_PER_SUGGESTION * limit)))) {
            scored.add(new Scored(pair, context(pair.first(), pair.second())));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.pair().first().id()).thenComparing(s -> s.pair().second().id()));
        List<DuplicateSuggestion> suggestions = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            Entity first = EntityReader.find(handle, s.pair().first().id()).orElseThrow();
            Entity second = EntityReader.find(handle, s.pair().second().id()).orElseThrow();
            suggestions.add(new DuplicateSuggestion(first, second, s.pair().firstName(), s.pair().secondName(),
                    s.pair().similarity(), s.pair().sameFingerprint(), s.context()));
        }
        return suggestions;
    }

    private List<NamedEntity> entities(Optional<EntityType> type) {
        Map<Long, NamedEntity> byId = new LinkedHashMap<>();
        Map<Long, List<String>> names = new HashMap<>();
        handle.createQuery(NAMES).bind("type", type.map(EntityType::code).orElse(null)).map((row, ctx) -> {
            long id = row.getLong("id");
            names.computeIfAbsent(id, key -> new ArrayList<>()).add(row.getString("name"));
            return new NamedEntity(id, row.getString("type"), parent(row), row.getString("reference_id"), List.of());
        }).forEach(entity -> byId.putIfAbsent(entity.id(), entity));
        return byId.values().stream().map(e -> new NamedEntity(e.id(), e.type(), e.parent(), e.reference(),
                names.get(e.id()))).toList();
    }

    private SharedContext context(NamedEntity a, NamedEntity b) {
        Optional<String> sameParent = Optional.empty();
        boolean differentParents = false;
        if (a.parent() != null && b.parent() != null) {
            if (a.parent().equals(b.parent())) {
                sameParent = Optional.ofNullable(places.get(a.parent())).map(Place::name);
            } else {
                differentParents = true;
            }
        }
        Optional<Place> country = country(a).filter(c -> country(b).map(Place::id).equals(Optional.of(c.id())));
        return new SharedContext(shared(documentsOf(a.id()), documentsOf(b.id()), a.id(), b.id()),
                shared(neighboursOf(a.id()), neighboursOf(b.id()), a.id(), b.id()), sameParent, country.map(Place::name),
                differentParents);
    }

    /** How many of the entities or documents around both there are, leaving the two themselves out. */
    private static int shared(Set<Long> around, Set<Long> aroundOther, long a, long b) {
        Set<Long> both = new HashSet<>(around);
        both.retainAll(aroundOther);
        both.removeAll(Set.of(a, b));
        return both.size();
    }

    private Set<Long> documentsOf(long id) {
        return documents.computeIfAbsent(id, key -> new HashSet<>(handle.createQuery(DOCUMENTS).bind("id", key)
                .mapTo(Long.class).list()));
    }

    private Set<Long> neighboursOf(long id) {
        return neighbours.computeIfAbsent(id, key -> new HashSet<>(handle.createQuery(NEIGHBOURS).bind("id", key)
                .mapTo(Long.class).list()));
    }

    /** The country the entity lies in: the top of its places, when that is a country. */
    private Optional<Place> country(NamedEntity entity) {
        Place top = null;
        Long up = entity.parent();
        for (int depth = 0; up != null && places.containsKey(up) && depth < MAX_DEPTH; depth++) {
            top = places.get(up);
            up = top.parent();
        }
        return Optional.ofNullable(top).filter(place -> Objects.equals(place.level(), Level.COUNTRY.code()));
    }

    private static Long parent(ResultSet row) throws SQLException {
        long parent = row.getLong("parent_id");
        return row.wasNull() ? null : parent;
    }

    private record Place(long id, Long parent, String name, String level) {
    }

    private record Scored(AlikeNames.NamePair pair, SharedContext context) {
        double score() {
            return pair.similarity() + context.weight();
        }
    }
}
