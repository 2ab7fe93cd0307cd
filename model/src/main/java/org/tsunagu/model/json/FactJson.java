package org.tsunagu.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Evidence;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.fact.Role;
import org.tsunagu.model.money.Money;
import org.tsunagu.model.time.PartialDate;

/**
 * The full JSON form of a fact: every field, every argument with its type and offsets, the
 * evidence and the confidence. It is what {@code extract --format json} writes and what the store
 * keeps, and it reads back into the same record.
 */
public final class FactJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FactJson() {
    }

    public static ObjectNode write(Fact fact) {
        ObjectNode node = NODES.objectNode();
        node.put("type", fact.type().code());
        if (fact instanceof Agreement a) {
            node.put("kind", a.kind().code());
            node.set("parties", refs(a.parties()));
            node.put("date", a.date().map(PartialDate::toString).orElse(null));
            node.set("signatories", refs(a.signatories()));
            node.set("fields", strings(a.fields()));
            AgreementTermsJson.write(node, a.term(), a.commitments());
        } else if (fact instanceof Relationship r) {
            node.put("kind", r.kind().code());
            node.set("a", ref(r.a()));
            node.set("b", ref(r.b()));
            node.put("since", r.since().map(PartialDate::toString).orElse(null));
            node.put("status", r.status().code());
        } else if (fact instanceof Role r) {
            node.set("person", ref(r.person()));
            node.put("title", r.title());
            node.set("org", r.org().map(FactJson::ref).orElse(null));
        } else if (fact instanceof Event e) {
            node.put("kind", e.kind().code());
            node.put("date", e.date().map(PartialDate::toString).orElse(null));
            node.put("end_date", e.endDate().map(PartialDate::toString).orElse(null));
            node.put("date_text", e.dateText().orElse(null));
            node.put("name", e.name().orElse(null));
            node.set("location", e.location().map(FactJson::ref).orElse(null));
            node.set("organizers", refs(e.organizers()));
            node.set("participants", refs(e.participants()));
        } else if (fact instanceof Investment i) {
            node.set("investor", ref(i.investor()));
            node.set("destination", ref(i.destination()));
            node.put("amount", i.amount().amount());
            node.put("currency", i.amount().currency().getCurrencyCode());
            node.put("kind", i.kind().code());
            node.put("as_of", i.asOf().map(PartialDate::toString).orElse(null));
            node.put("rank", i.rank().orElse(null));
            node.set("sectors", strings(i.sectors()));
        } else if (fact instanceof Product p) {
            node.put("name", p.name());
            node.set("origin", p.origin().map(FactJson::ref).orElse(null));
            node.set("categories", strings(p.categories()));
            node.set("showcased_at", p.showcasedAt().map(FactJson::ref).orElse(null));
            node.set("channels", strings(p.channels().stream().map(SalesChannel::code).toList()));
        } else {
            throw new IllegalArgumentException("unknown fact kind: " + fact.type());
        }
        node.set("evidence", evidence(fact.evidence()));
        node.put("confidence", fact.confidence());
        return node;
    }

    public static Fact read(JsonNode node) {
        Evidence evidence = evidence(node.path("evidence"));
        double confidence = node.path("confidence").asDouble(1.0);
        String type = text(node, "type").orElseThrow(() -> new IllegalArgumentException("fact without type"));
        return switch (type) {
            case "agreement" -> new Agreement(refs(node.path("parties")), code(AgreementKind.class, node),
                    date(node, "date"), refs(node.path("signatories")), strings(node.path("fields")),
                    evidence, confidence, AgreementTermsJson.term(node), AgreementTermsJson.commitments(node));
            case "relationship" -> new Relationship(ref(node.path("a")), ref(node.path("b")),
                    code(RelationshipKind.class, node), date(node, "since"),
                    Coded.fromCode(RelationshipStatus.class, node.path("status").asText()).orElseThrow(),
                    evidence, confidence);
            case "role" -> new Role(ref(node.path("person")), node.path("title").asText(),
                    optionalRef(node.path("org")), evidence, confidence);
            case "event" -> new Event(code(EventKind.class, node), date(node, "date"), date(node, "end_date"),
                    text(node, "date_text"), text(node, "name"), optionalRef(node.path("location")),
                    refs(node.path("organizers")), refs(node.path("participants")), evidence, confidence);
            case "investment" -> new Investment(ref(node.path("investor")), ref(node.path("destination")),
                    new Money(new BigDecimal(node.path("amount").asText()),
                            Currency.getInstance(node.path("currency").asText())),
                    code(InvestmentKind.class, node), date(node, "as_of"),
                    node.hasNonNull("rank") ? Optional.of(node.get("rank").asInt()) : Optional.empty(),
                    strings(node.path("sectors")), evidence, confidence);
            case "product" -> new Product(node.path("name").asText(), optionalRef(node.path("origin")),
                    strings(node.path("categories")), optionalRef(node.path("showcased_at")), channels(node),
                    evidence, confidence);
            default -> throw new IllegalArgumentException("unknown fact type: " + type);
        };
    }

    static ObjectNode ref(EntityRef ref) {
        ObjectNode node = NODES.objectNode();
        node.put("name", ref.name());
        node.put("entity_type", ref.type().code());
        node.put("start", ref.span().start());
        node.put("end", ref.span().end());
        return node;
    }

    private static ArrayNode refs(List<EntityRef> refs) {
        ArrayNode array = NODES.arrayNode();
        refs.forEach(r -> array.add(ref(r)));
        return array;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode evidence(Evidence evidence) {
        ObjectNode node = NODES.objectNode();
        node.put("document", evidence.document());
        node.put("sentence", evidence.sentenceIndex());
        node.put("sentence_start", evidence.sentence().start());
        node.put("sentence_end", evidence.sentence().end());
        node.put("start", evidence.trigger().start());
        node.put("end", evidence.trigger().end());
        return node;
    }

    private static Evidence evidence(JsonNode node) {
        return new Evidence(node.path("document").asText(), node.path("sentence").asInt(),
                new Span(node.path("sentence_start").asInt(), node.path("sentence_end").asInt()),
                new Span(node.path("start").asInt(), node.path("end").asInt()));
    }

    private static EntityRef ref(JsonNode node) {
        EntityType type = Coded.fromCode(EntityType.class, node.path("entity_type").asText())
                .orElseThrow(() -> new IllegalArgumentException("unknown entity type in " + node));
        return new EntityRef(node.path("name").asText(), type,
                new Span(node.path("start").asInt(), node.path("end").asInt()));
    }

    private static Optional<EntityRef> optionalRef(JsonNode node) {
        return node.isObject() ? Optional.of(ref(node)) : Optional.empty();
    }

    private static List<EntityRef> refs(JsonNode array) {
        List<EntityRef> refs = new ArrayList<>();
        array.forEach(n -> refs.add(ref(n)));
        return refs;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static Optional<PartialDate> date(JsonNode node, String field) {
        return text(node, field).map(PartialDate::parse);
    }

    /** A product's channels; reports stored before products had channels have none. */
    private static List<SalesChannel> channels(JsonNode node) {
        List<SalesChannel> channels = new ArrayList<>();
        for (String code : strings(node.path("channels"))) {
            channels.add(Coded.fromCode(SalesChannel.class, code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown sales channel: " + code)));
        }
        return channels;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, JsonNode node) {
        String kind = node.path("kind").asText();
        return Coded.fromCode(type, kind)
                .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + kind));
    }
}
