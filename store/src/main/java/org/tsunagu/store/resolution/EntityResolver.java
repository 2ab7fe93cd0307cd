package org.tsunagu.store.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Role;
import org.tsunagu.store.internal.JdbcStatements;
import org.tsunagu.store.text.Folding;

/**
 * Finds the canonical entity of every mention of a document, creating, and where a mention
 * joins two, merging entities. The caller holds the write transaction.
 */
public final class EntityResolver {

    private final Handle handle;
    private final JdbcStatements statements;
    private final Gazetteer gazetteer = Gazetteer.STANDARD;
    private final EntityMerges merges;
    private final WriterCache cache;
    private boolean merged;
    // Entities others merged into during this document: a person's role there may now match another's.
    private final Set<Long> survivors = new TreeSet<>();

    /** {@code statements} run on {@code handle}'s connection, which merges use. */
    public EntityResolver(Handle handle, JdbcStatements statements, EntityMerges merges, WriterCache cache) {
        this.handle = handle;
        this.statements = statements;
        this.merges = merges;
        this.cache = cache;
    }

    /**
     * The entity id of each mention, by reference; counts each mention as an alias. The roles
     * (title and organisation) a document gives its persons tell one Yamamoto from another. The
     * caller names the entities afterwards ({@link #rename(JdbcStatements, Collection)}).
     */
    public Map<EntityRef, Long> resolve(DocumentMentions mentions, List<Role> roles) {
        Map<EntityRef, Long> ids = new HashMap<>();
        mentions.keys().forEach((ref, keys) -> ids.put(ref, entityOf(keys)));
        PersonContexts links = new PersonContexts(handle, statements, merges);
        if (links.relink(links.record(roles, mentions.keys(), liveIds(ids)), survivors)) {
            cache.clear();
            merged = true;
        }
        // A later mention of the document may have merged the entity an earlier one found.
        Map<EntityRef, Long> live = liveIds(ids);
        Map<List<Object>, Integer> counts = new java.util.TreeMap<>(java.util.Comparator
                .<List<Object>, Long>comparing(k -> (Long) k.get(0)).thenComparing(k -> (String) k.get(1)));
        for (EntityRef ref : mentions.refs()) {
            counts.merge(List.of(live.get(ref), mentions.keys().get(ref).alias()), 1, Integer::sum);
        }
        Map<String, EntityType> types = new HashMap<>();
        mentions.keys().values().forEach(keys -> types.putIfAbsent(keys.alias(), keys.type()));
        counts.forEach((alias, n) -> statements.add(ADD_ALIAS, alias.get(0),
                mentions.foldedAlias((String) alias.get(1)),
                ShoutedNames.asWritten(types.get((String) alias.get(1)), (String) alias.get(1)), n));
        statements.flush(ADD_ALIAS);
        return live;
    }

    private Map<EntityRef, Long> liveIds(Map<EntityRef, Long> ids) {
        Map<EntityRef, Long> live = new HashMap<>();
        ids.forEach((ref, id) -> live.put(ref, merged ? liveId(id) : id));
        return live;
    }

    /**
     * Of two spellings of an alias that differ only in case or accents ("Yamaguchi prefecture",
     * "Yamaguchi Prefecture") the smaller is kept, capitals first, whichever arrived first; but one
     * of several words in capitals only ("HOI AN", from a dateline) gives way to any other.
     */
    public static final String KEEP_SPELLING = """
            CASE WHEN (excluded.name = upper(excluded.name) AND instr(excluded.name, ' ') > 0, excluded.name)
                      < (kb_aliases.name = upper(kb_aliases.name) AND instr(kb_aliases.name, ' ') > 0, kb_aliases.name)
                THEN excluded.name ELSE kb_aliases.name END""";
    private static final String ADD_ALIAS = """
            INSERT INTO kb_aliases (entity_id, folded, name, mentions) VALUES (?, ?, ?, ?)
            ON CONFLICT (entity_id, folded) DO UPDATE SET mentions = kb_aliases.mentions + excluded.mentions, name = """
            + KEEP_SPELLING;

    /** The entity a mention's keys lead to: none makes a new one, several are merged into one. */
    long entityOf(MentionKeys keys) {
        Set<Long> found = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        for (String key : keys.keys()) {
            Optional<Long> id = cache.find("key", key, () -> statements.findLong(ENTITY_OF_KEY, key));
            if (id.isPresent()) {
                found.add(id.get());
            } else {
                missing.add(key);
            }
        }
        long id;
        if (found.isEmpty()) {
            id = create(keys);
        } else {
            id = found.iterator().next();
            if (found.size() > 1) {
                id = mergeUnlessCurated(keys, found);
            }
        }
        for (String key : missing) {
            statements.execute("INSERT INTO kb_entity_keys (match_key, entity_id) VALUES (?, ?)", key, id);
            cache.put("key", key, id);
        }
        return id;
    }

    /** Entities a person merged or split stay as they were made: the mention joins its own key's. */
    private long mergeUnlessCurated(MentionKeys keys, Set<Long> found) {
        if (anyCurated(handle, found)) {
            return statements.findLong(ENTITY_OF_KEY, keys.keys().get(0)).orElse(found.iterator().next());
        }
        long survivor = found.iterator().next();
        survivors.add(survivor);
        for (long other : found) {
            if (other != survivor) {
                merges.merge(handle, other, survivor);
            }
        }
        // The merged entities' keys now lead to the survivor.
        cache.clear();
        merged = true;
        return survivor;
    }

    /** Whether a person merged or split any of these entities by hand: such entities stay as they were made. */
    static boolean anyCurated(Handle handle, Collection<Long> entities) {
        return handle.createQuery("SELECT COUNT(*) FROM kb_entities WHERE id IN (<ids>) AND curated = 1")
                .bindList("ids", new ArrayList<>(entities)).mapTo(Long.class).one() > 0;
    }

    private long create(MentionKeys keys) {
        Long parent = null;
        String level = null;
        Long governs = null;
        String reference = null;
        if (keys.type() == EntityType.PLACE) {
            Optional<Gazetteer.Place> known = gazetteer.find(keys.place().bare(), keys.place().said());
            if (known.isPresent()) {
                level = known.get().level().code();
                reference = known.get().id();
                parent = gazetteer.parentOf(known.get()).map(this::referencePlace).orElse(null);
            } else if (keys.place().said() != null) {
                level = keys.place().said().code();
            }
        }
        if (keys.governs() != null) {
            governs = referencePlace(keys.governs());
        }
        return statements.oneLong("""
                INSERT INTO kb_entities (type, name, level, parent_id, governs_id, reference_id) VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id""", keys.type().code(), ShoutedNames.asWritten(keys.type(), keys.alias()), level, parent,
                governs, reference);
    }

    private long referencePlace(Gazetteer.Place place) {
        return referencePlace(new PlaceName(place.bare(), place.level()), place.name());
    }

    private long referencePlace(PlaceName place) {
        String name = gazetteer.find(place.bare(), place.said()).map(Gazetteer.Place::name)
                .orElse(titleCase(place.bare()));
        return referencePlace(place, name);
    }

    /** A place named by the reference data or a government's name rather than mentioned: no mention counted. */
    private long referencePlace(PlaceName place, String name) {
        MentionKeys keys = new MentionKeys(EntityType.PLACE, List.of(MentionKeys.placeKey(place, gazetteer)), name,
                place, null);
        long id = entityOf(keys);
        statements.execute(ADD_ALIAS, id, Folding.fold(name), name, 0);
        statements.execute(RENAME, id);
        return id;
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    private long liveId(long id) {
        return statements.oneLong("SELECT COALESCE(merged_into, id) FROM kb_entities WHERE id = ?", id);
    }

    /**
     * The most mentioned alias names the entity, the longest of equals, so arrival order does not
     * matter; a name of several words in capitals only comes last.
     */
    public static void rename(Handle handle, long id) {
        handle.createUpdate(RENAME).bind(0, id).execute();
    }

    /**
     * Names these entities after their aliases as they now stand. Storing a batch of documents
     * names the entities they resolved once, at its end: nothing reads a name while it is written,
     * and a name chosen after each document was chosen again by the next that had the entity.
     */
    public static void rename(JdbcStatements statements, Collection<Long> ids) {
        for (long id : ids) {
            statements.add(RENAME, id);
        }
        statements.flush(RENAME);
    }

    // A name of several words in capitals only ("DA NANG", from a dateline or a headline) names the
    // entity only when it has no other: it is the same name shouted, not the way it is written.
    // A name a person chose stays.
    private static final String RENAME = """
            UPDATE kb_entities SET name = (SELECT a.name FROM kb_aliases a WHERE a.entity_id = kb_entities.id
                                           ORDER BY a.name = upper(a.name) AND instr(a.name, ' ') > 0,
                                                    a.mentions DESC, length(a.name) DESC, a.name LIMIT 1)
            WHERE id = ? AND name_chosen = 0 AND EXISTS (SELECT 1 FROM kb_aliases a WHERE a.entity_id = kb_entities.id)""";

    static final String ENTITY_OF_KEY = "SELECT entity_id FROM kb_entity_keys WHERE match_key = ?";

    /** The keys a name gives outside any document, for moving them when an entity is split. */
    public static List<String> keysOf(String name, EntityType type) {
        return new ArrayList<>(new LinkedHashSet<>(
                MentionKeys.of(new EntityRef(name, type, new org.tsunagu.model.document.Span(0, 0)), "", Map.of(),
                        Gazetteer.STANDARD).keys()));
    }

    /** Merges one entity into another: a service the resolver and a person's merge share. */
    @FunctionalInterface
    public interface EntityMerges {
        void merge(Handle handle, long from, long into);
    }
}
