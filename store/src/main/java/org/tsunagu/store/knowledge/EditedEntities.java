package org.tsunagu.store.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.resolution.EntityResolver;
import org.tsunagu.store.text.Folding;

/**
 * The entities a person may set on a fact (an agreement's parties, an event's organisers,
 * participants and location) as canonical entities of the knowledge base. An edit names them
 * ("JETRO; Osaka Prefecture", or "#12" for the entity with id 12) and is kept as their ids
 * ("#3; #12"), so that a later rename or merge of an entity shows on the fact. A name that no
 * entity goes by makes a new entity, which later articles that name it resolve to.
 */
public final class EditedEntities {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern ID = Pattern.compile("#(\\d+)");
    private static final char SEPARATOR = ';';

    /**
     * A field of entities: one ({@code many} false) or a list of at least {@code least}, and the type
     * a new name gets when nothing says.
     */
    private record Field(boolean many, int least, EntityType usualType) {
    }

    // An agreement is made between parties: one party alone is a misreading, never a fact.
    private static final Map<FactType, Map<String, Field>> FIELDS = Map.of(
            FactType.AGREEMENT, Map.of("parties", new Field(true, 2, EntityType.ORGANISATION)),
            FactType.EVENT, Map.of("organizers", new Field(true, 0, EntityType.ORGANISATION),
                    "participants", new Field(true, 0, EntityType.ORGANISATION),
                    "location", new Field(false, 0, EntityType.PLACE)));

    private EditedEntities() {
    }

    public static boolean holds(FactType type, String field) {
        return FIELDS.getOrDefault(type, Map.of()).containsKey(field);
    }

    /** Whether the field takes a list of entities rather than one. */
    public static boolean many(FactType type, String field) {
        return FIELDS.get(type).get(field).many();
    }

    /** The fact's entity fields a person may edit and the entities in them now, in the order of its JSON form. */
    public static Map<String, List<EntityRef>> of(Fact fact) {
        Map<String, List<EntityRef>> fields = new LinkedHashMap<>();
        FactJson.write(fact).fields().forEachRemaining(field -> {
            if (holds(fact.type(), field.getKey())) {
                fields.put(field.getKey(), refs(field.getValue()));
            }
        });
        return fields;
    }

    /**
     * The stored form ("#3; #12") of the entities a person named for the field, in order: an id
     * ("#12") as given, a name as the entity its match keys lead to, trying the type of the entity
     * now at that place first, else a new entity of that type.
     *
     * @throws IllegalArgumentException for an id of no entity, several where the field takes one, or too few
     */
    public static String resolve(Handle handle, Fact fact, String field, String names) {
        List<EntityRef> current = of(fact).getOrDefault(field, List.of());
        Field kind = FIELDS.get(fact.type()).get(field);
        EntityType usual = current.isEmpty() ? kind.usualType() : current.get(0).type();
        List<String> given = Arrays.stream(names.split(String.valueOf(SEPARATOR))).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        if (given.size() > 1 && !kind.many()) {
            throw new IllegalArgumentException(field + " takes one entity, not " + given.size());
        }
        if (given.size() < kind.least()) {
            throw new IllegalArgumentException(field + " needs at least " + kind.least() + " entities, not "
                    + given.size());
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            EntityType type = i < current.size() ? current.get(i).type() : usual;
            ids.add("#" + entityOf(handle, given.get(i), type));
        }
        return String.join(SEPARATOR + " ", ids);
    }

    /** Sets the field of the fact's JSON form to the entities of a stored edit ("#3; #12"), under their current names. */
    public static void apply(Handle handle, ObjectNode payload, String field, String stored) {
        List<ObjectNode> refs = new ArrayList<>();
        for (String id : stored.split(String.valueOf(SEPARATOR))) {
            var matcher = ID.matcher(id.strip());
            if (matcher.matches()) {
                named(handle, Long.parseLong(matcher.group(1))).ifPresent(refs::add);
            }
        }
        JsonNode now = payload.get(field);
        if (now != null && now.isArray()) {
            ArrayNode array = payload.putArray(field);
            refs.forEach(array::add);
        } else {
            payload.set(field, refs.isEmpty() ? NODES.nullNode() : refs.get(0));
        }
    }

    /** A person's edits over a fact's JSON form: entity fields as their entities, the other fields as the values given. */
    public static void applyAll(Handle handle, FactType type, ObjectNode payload, Map<String, String> edits) {
        edits.forEach((field, value) -> {
            if (holds(type, field)) {
                apply(handle, payload, field, value);
            } else {
                payload.put(field, value);
            }
        });
    }

    /** "JETRO, Osaka Prefecture": the names of the entities a fact's field holds, for people. */
    public static String names(Fact fact, String field) {
        return of(fact).getOrDefault(field, List.of()).stream().map(EntityRef::name).collect(Collectors.joining(", "));
    }

    private static long entityOf(Handle handle, String given, EntityType type) {
        var matcher = ID.matcher(given);
        if (matcher.matches()) {
            long id = Long.parseLong(matcher.group(1));
            return survivor(handle, id).orElseThrow(() -> new IllegalArgumentException("there is no entity " + given));
        }
        List<EntityType> tried = new ArrayList<>(List.of(type));
        Arrays.stream(EntityType.values()).filter(t -> t != type).forEach(tried::add);
        for (EntityType candidate : tried) {
            for (String key : EntityResolver.keysOf(given, candidate)) {
                Optional<Long> found = handle.createQuery("SELECT entity_id FROM kb_entity_keys WHERE match_key = :key")
                        .bind("key", key).mapTo(Long.class).findOne().flatMap(id -> survivor(handle, id));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return create(handle, given, type);
    }

    /** A new entity a person named: curated, so that the resolver never merges it away on its own. */
    private static long create(Handle handle, String name, EntityType type) {
        long id = handle.createQuery("INSERT INTO kb_entities (type, name, curated) VALUES (:type, :name, 1) RETURNING id")
                .bind("type", type.code()).bind("name", name).mapTo(Long.class).one();
        handle.createUpdate("INSERT INTO kb_aliases (entity_id, folded, name, mentions) VALUES (:id, :folded, :name, 0)")
                .bind("id", id).bind("folded", Folding.fold(name)).bind("name", name).execute();
        for (String key : EntityResolver.keysOf(name, type)) {
            handle.createUpdate("INSERT INTO kb_entity_keys (match_key, entity_id) VALUES (:key, :id) ON CONFLICT DO NOTHING")
                    .bind("key", key).bind("id", id).execute();
        }
        return id;
    }

    /** The entity an id names now: itself, or the entity it was merged into. */
    private static Optional<Long> survivor(Handle handle, long id) {
        return handle.createQuery("""
                WITH RECURSIVE chain(id, next, depth) AS (
                    SELECT id, merged_into, 0 FROM kb_entities WHERE id = :id
                    UNION ALL SELECT e.id, e.merged_into, c.depth + 1 FROM kb_entities e JOIN chain c ON e.id = c.next
                    WHERE c.depth < 8)
                SELECT id FROM chain WHERE next IS NULL""").bind("id", id).mapTo(Long.class).findOne();
    }

    private static Optional<ObjectNode> named(Handle handle, long id) {
        return survivor(handle, id).flatMap(survivor -> handle.createQuery("SELECT name, type FROM kb_entities WHERE id = :id")
                .bind("id", survivor)
                .map((r, ctx) -> NODES.objectNode().put("name", r.getString("name"))
                        .put("entity_type", r.getString("type")).put("start", 0).put("end", 0))
                .findOne());
    }

    private static List<EntityRef> refs(JsonNode value) {
        List<EntityRef> refs = new ArrayList<>();
        List<JsonNode> nodes = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(nodes::add);
        } else if (value.isObject()) {
            nodes.add(value);
        }
        for (JsonNode node : nodes) {
            Coded.fromCode(EntityType.class, node.path("entity_type").asText()).ifPresent(type ->
                    refs.add(new EntityRef(node.path("name").asText(), type,
                            new Span(node.path("start").asInt(), node.path("end").asInt()))));
        }
        return refs;
    }
}
