package org.tsunagu.store.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.audit.AuditLog;
import org.tsunagu.store.knowledge.EditedEntities;
import org.tsunagu.store.knowledge.EntityMerge;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeFacts;
import org.tsunagu.store.knowledge.KnowledgeReader;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityReader;
import org.tsunagu.store.resolution.EntityResolver;
import org.tsunagu.store.text.Folding;

/**
 * Applies a person's operation: checks it, records the state before, changes the store, records
 * the state after, all in the caller's transaction, so the audit log and the data never disagree.
 */
public final class Curation {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Fields that are not values a person edits: the kind of record, entities, provenance. */
    private static final Set<String> NOT_EDITABLE = Set.of("type", "evidence", "confidence", "parties", "signatories",
            "a", "b", "person", "org", "location", "organizers", "participants", "investor", "destination", "origin",
            "showcased_at", "fields", "sectors", "categories", "term", "commitments");

    private Curation() {
    }

    public static AuditEntry apply(Handle handle, Operation operation, String user, Instant at) {
        if (user == null || user.isBlank()) {
            throw new CurationException("say who makes the change (a user name)");
        }
        String before = snapshot(handle, operation);
        if (operation instanceof Operation.Accept accept) {
            setState(handle, fact(handle, accept.fact()).id(), "accepted");
        } else if (operation instanceof Operation.Reject reject) {
            setState(handle, fact(handle, reject.fact()).id(), "rejected");
        } else if (operation instanceof Operation.Edit edit) {
            edit(handle, edit);
        } else if (operation instanceof Operation.Merge merge) {
            merge(handle, merge);
        } else if (operation instanceof Operation.Split split) {
            split(handle, split);
        } else if (operation instanceof Operation.Rename rename) {
            EntityEdits.rename(handle, entity(handle, rename.entity()), rename.newName());
        } else if (operation instanceof Operation.SetType setType) {
            EntityEdits.setType(handle, entity(handle, setType.entity()), setType.type());
        } else if (operation instanceof Operation.SetParent setParent) {
            EntityEdits.setParent(handle, entity(handle, setParent.entity()), setParent.parent());
        } else if (AgreementDecisions.covers(operation)) {
            AgreementDecisions.apply(handle, operation, user, at);
        } else if (PartnerDecisions.covers(operation)) {
            PartnerDecisions.apply(handle, operation, user, at);
        }
        String after = snapshot(handle, operation);
        return AuditLog.append(handle, at, user, json(operation), operation.target(), before, after);
    }

    private static void setState(Handle handle, long fact, String state) {
        handle.createUpdate("UPDATE kb_facts SET review_state = :state WHERE id = :id")
                .bind("state", state).bind("id", fact).execute();
    }

    private static void edit(Handle handle, Operation.Edit edit) {
        KnowledgeFact fact = fact(handle, edit.fact());
        if (edit.fields().isEmpty()) {
            throw new CurationException("an edit needs at least one FIELD=VALUE");
        }
        ObjectNode payload = FactJson.write(fact.fact());
        ObjectNode edits = NODES.objectNode();
        fact.edits().forEach(edits::put);
        edit.fields().forEach((field, value) -> {
            if (EditedEntities.holds(fact.type(), field)) {
                String entities = entities(handle, fact, field, value);
                EditedEntities.apply(handle, payload, field, entities);
                edits.put(field, entities);
                return;
            }
            if (NOT_EDITABLE.contains(field) || !payload.has(field)) {
                throw new CurationException("a " + fact.type().code() + " has no editable field '" + field + "'");
            }
            payload.put(field, value);
            edits.put(field, value);
        });
        try {
            FactJson.read(payload);
        } catch (RuntimeException e) {
            throw new CurationException("the edited " + fact.type().code() + " is not valid: " + e.getMessage());
        }
        handle.createUpdate("UPDATE kb_facts SET review_state = 'edited', edits = :edits WHERE id = :id")
                .bind("edits", edits.toString()).bind("id", fact.id()).execute();
    }

    private static String entities(Handle handle, KnowledgeFact fact, String field, String names) {
        try {
            return EditedEntities.resolve(handle, fact.fact(), field, names);
        } catch (IllegalArgumentException e) {
            throw new CurationException("the " + field + " of the " + fact.type().code() + " cannot be set: "
                    + e.getMessage());
        }
    }

    private static void merge(Handle handle, Operation.Merge merge) {
        Entity from = entity(handle, merge.from());
        Entity into = entity(handle, merge.into());
        if (from.id() == into.id()) {
            throw new CurationException("an entity cannot be merged into itself");
        }
        if (from.type() != into.type()) {
            throw new CurationException("cannot merge a " + from.type().code() + " into a " + into.type().code());
        }
        Optional<String> name = merge.survivorName().map(EntityEdits::checkedName);
        new EntityMerge().merge(handle, from.id(), into.id());
        handle.createUpdate("UPDATE kb_entities SET curated = 1 WHERE id = :id").bind("id", into.id()).execute();
        name.ifPresent(chosen -> EntityEdits.pinName(handle, into.id(), chosen));
    }

    private static void split(Handle handle, Operation.Split split) {
        Entity entity = entity(handle, split.entity());
        List<String> folded = split.aliases().stream().map(Folding::fold).distinct().toList();
        List<String> known = entity.aliases().stream().map(Folding::fold).toList();
        if (folded.isEmpty()) {
            throw new CurationException("name the aliases to split off");
        }
        for (String alias : folded) {
            if (!known.contains(alias)) {
                throw new CurationException("entity " + entity.id() + " has no alias '" + alias + "'; its aliases are "
                        + entity.aliases());
            }
        }
        if (known.stream().allMatch(folded::contains)) {
            throw new CurationException("splitting off every alias would leave entity " + entity.id() + " empty");
        }
        long created = handle.createQuery("""
                INSERT INTO kb_entities (type, name, level, parent_id, reference_id, curated)
                SELECT type, name, level, parent_id, reference_id, 1 FROM kb_entities WHERE id = :id RETURNING id""")
                .bind("id", entity.id()).mapTo(Long.class).one();
        handle.createUpdate("UPDATE kb_entities SET curated = 1 WHERE id = :id").bind("id", entity.id()).execute();
        handle.createUpdate("UPDATE kb_aliases SET entity_id = :new WHERE entity_id = :old AND folded IN (<aliases>)")
                .bind("new", created).bind("old", entity.id()).bindList("aliases", folded).execute();
        handle.createUpdate("""
                UPDATE fact_arguments SET resolved_id = :new WHERE resolved_id = :old
                AND entity_id IN (SELECT id FROM entities WHERE folded_key IN (<aliases>))""")
                .bind("new", created).bind("old", entity.id()).bindList("aliases", folded).execute();
        for (String name : split.aliases()) {
            for (String key : EntityResolver.keysOf(name, entity.type())) {
                handle.createUpdate("UPDATE kb_entity_keys SET entity_id = :new WHERE match_key = :key AND entity_id = :old")
                        .bind("new", created).bind("key", key).bind("old", entity.id()).execute();
            }
        }
        // A name a person chose goes with its alias: the entity left behind is named after what it keeps.
        handle.createUpdate("""
                UPDATE kb_entities SET name_chosen = 0 WHERE id = :id
                AND NOT EXISTS (SELECT 1 FROM kb_aliases a WHERE a.entity_id = kb_entities.id AND a.name = kb_entities.name)""")
                .bind("id", entity.id()).execute();
        EntityResolver.rename(handle, created);
        EntityResolver.rename(handle, entity.id());
        KnowledgeFacts.rekeyStatementsOf(handle, created);
        KnowledgeFacts.rekeyStatementsOf(handle, entity.id());
    }

    private static KnowledgeFact fact(Handle handle, long id) {
        return KnowledgeReader.find(handle, id).orElseThrow(() -> new CurationException("no fact " + id));
    }

    private static Entity entity(Handle handle, long id) {
        return EntityReader.find(handle, id).orElseThrow(() -> new CurationException("no entity " + id));
    }

    /** What the operation is about, as JSON: the fact's state or the entities' names and aliases. */
    private static String snapshot(Handle handle, Operation operation) {
        if (AgreementDecisions.covers(operation)) {
            return AgreementDecisions.snapshot(handle, operation).toString();
        }
        if (PartnerDecisions.covers(operation)) {
            return PartnerDecisions.snapshot(handle, operation).toString();
        }
        ObjectNode node = NODES.objectNode();
        if (operation instanceof Operation.Merge merge) {
            EntityReader.find(handle, merge.from()).ifPresent(e -> node.set("from", entityJson(e)));
            EntityReader.find(handle, merge.into()).ifPresent(e -> node.set("into", entityJson(e)));
        } else if (operation instanceof Operation.Split split) {
            EntityReader.find(handle, split.entity()).ifPresent(e -> node.set("entity", entityJson(e)));
        } else if (entityOf(operation).isPresent()) {
            EntityReader.find(handle, entityOf(operation).getAsLong()).ifPresent(e -> node.set("entity", entityJson(e)));
        } else {
            long id = operation instanceof Operation.Accept a ? a.fact()
                    : operation instanceof Operation.Reject r ? r.fact() : ((Operation.Edit) operation).fact();
            return factSnapshot(handle, id);
        }
        return node.toString();
    }

    /** A fact's review state, summary and edits as JSON: what an undo restores. */
    static String factSnapshot(Handle handle, long id) {
        ObjectNode node = NODES.objectNode();
        KnowledgeReader.find(handle, id).ifPresent(f -> {
            node.put("state", f.reviewState().code());
            node.put("summary", f.summary());
            ObjectNode edits = node.putObject("edits");
            f.edits().forEach(edits::put);
        });
        return node.toString();
    }

    private static JsonNode entityJson(Entity e) {
        ObjectNode node = NODES.objectNode();
        node.put("id", e.id());
        node.put("name", e.name());
        node.put("type", e.type().code());
        e.aliases().forEach(node.putArray("aliases")::add);
        e.parent().ifPresent(parent -> node.put("parent", parent));
        return node;
    }

    /** The one entity a rename, a type or a parent is about. */
    private static OptionalLong entityOf(Operation operation) {
        if (operation instanceof Operation.Rename r) {
            return OptionalLong.of(r.entity());
        } else if (operation instanceof Operation.SetType t) {
            return OptionalLong.of(t.entity());
        } else if (operation instanceof Operation.SetParent p) {
            return OptionalLong.of(p.entity());
        }
        return OptionalLong.empty();
    }

    static String json(Operation operation) {
        ObjectNode node = NODES.objectNode();
        node.put("op", operation.name());
        AgreementDecisions.describe(operation, node);
        PartnerDecisions.describe(operation, node);
        if (operation instanceof Operation.Accept a) {
            node.put("fact", a.fact());
        } else if (operation instanceof Operation.Reject r) {
            node.put("fact", r.fact());
        } else if (operation instanceof Operation.Edit e) {
            node.put("fact", e.fact());
            ObjectNode fields = node.putObject("fields");
            new java.util.TreeMap<>(e.fields()).forEach(fields::put);
        } else if (operation instanceof Operation.Merge m) {
            node.put("from", m.from());
            node.put("into", m.into());
            m.survivorName().ifPresent(name -> node.put("name", name));
        } else if (operation instanceof Operation.Split s) {
            node.put("entity", s.entity());
            s.aliases().forEach(node.putArray("aliases")::add);
        } else if (operation instanceof Operation.Rename r) {
            node.put("entity", r.entity());
            node.put("name", r.newName());
        } else if (operation instanceof Operation.SetType t) {
            node.put("entity", t.entity());
            node.put("type", t.type().code());
        } else if (operation instanceof Operation.SetParent p) {
            node.put("entity", p.entity());
            if (p.parent().isPresent()) {
                node.put("parent", p.parent().getAsLong());
            } else {
                node.putNull("parent");
            }
        }
        return node.toString();
    }

    /** The fields of this fact an edit may set, with their values as text ("" for none), in the order of its JSON form. */
    public static Map<String, String> editableValues(Fact fact) {
        Map<String, String> values = new LinkedHashMap<>();
        FactJson.write(fact).fields().forEachRemaining(field -> {
            if (!NOT_EDITABLE.contains(field.getKey())) {
                values.put(field.getKey(), field.getValue().isNull() ? "" : field.getValue().asText());
            }
        });
        return values;
    }

    /** The fields an edit may set, for messages and help. */
    public static Map<String, String> editableFieldsHelp() {
        return Map.of("agreement", "kind, date, parties", "relationship", "kind, since, status", "role", "title",
                "event", "kind, date, end_date, date_text, name, organizers, participants, location", "investment", "amount, currency, kind, as_of, rank",
                "product", "name");
    }
}
