package org.tsunagu.web.entity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tsunagu.model.json.DocumentInfoJson;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.knowledge.Citation;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.KnowledgeFactJson;
import org.tsunagu.store.knowledge.Participant;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityLink;
import org.tsunagu.store.resolution.EntityProfile;

/** The API's JSON forms of entities, profiles and the facts about them. */
final class EntityJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EntityJson() {
    }

    static ObjectNode entity(Entity e) {
        ObjectNode node = NODES.objectNode().put("id", e.id()).put("type", e.type().code()).put("name", e.name());
        node.set("aliases", strings(e.aliases()));
        return node.put("level", e.level().orElse(null)).put("native_name", e.nativeName().orElse(null))
                .put("parent", e.parent().orElse(null))
                .put("governs", e.governs().orElse(null)).put("mentions", e.mentions());
    }

    static ObjectNode profile(EntityProfile profile) {
        ObjectNode node = entity(profile.entity());
        node.set("within", links(profile.within()));
        node.set("governs_entity", profile.governs().map(EntityJson::link).orElse(null));
        node.set("governed_by", links(profile.governedBy()));
        node.set("places", links(profile.places()));
        return node;
    }

    static ObjectNode fact(CitedFact fact) {
        ObjectNode node = NODES.objectNode().put("id", fact.id()).put("type", fact.type().code())
                .put("summary", fact.summary()).put("review_state", fact.reviewState().code())
                .put("confidence", fact.confidence()).put("sources", fact.sources())
                .put("year", fact.year().orElse(null)).put("first_seen", fact.firstSeen().orElse(null))
                .put("last_seen", fact.lastSeen().orElse(null));
        node.set("fact", FactJson.write(fact.fact()));
        node.set("links", KnowledgeFactJson.links(fact.links()));
        ArrayNode entities = node.putArray("entities");
        for (Participant p : fact.participants()) {
            entities.addObject().put("role", p.role()).put("position", p.position()).put("id", p.entity())
                    .put("name", p.name()).put("type", p.type().code());
        }
        Citation c = fact.citation();
        node.putObject("evidence").put("statement", c.statement()).put("document", c.document())
                .put("document_name", c.documentName()).put("sentence", c.sentence())
                .put("sentence_start", c.sentenceSpan().start()).put("sentence_end", c.sentenceSpan().end())
                .put("trigger_start", c.trigger().start()).put("trigger_end", c.trigger().end())
                .put("href", EvidenceLinks.href(c))
                .set("publication", DocumentInfoJson.putInto(NODES.objectNode(), c.publication()));
        return node;
    }

    private static ArrayNode links(List<EntityLink> links) {
        ArrayNode array = NODES.arrayNode();
        links.forEach(l -> array.add(link(l)));
        return array;
    }

    private static ObjectNode link(EntityLink link) {
        return NODES.objectNode().put("id", link.id()).put("name", link.name()).put("type", link.type().code())
                .put("level", link.level().orElse(null));
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
