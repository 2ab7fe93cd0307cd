package org.tsunagu.web.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.fact.Role;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.resolution.Entity;

/**
 * The knowledge base as JSON-LD in the schema.org vocabulary: one {@code @graph} of entities
 * ({@code Organization}, {@code Place}, {@code Person}), then facts linking them by {@code @id}.
 * schema.org has no word for an agreement or a standing tie, so those are {@code Action}s whose
 * {@code agent}s are the parties; an event is an {@code Event}, a figure an
 * {@code InvestOrDepositAction} (or {@code TradeAction}), a product line a {@code Product}, and a
 * role the {@code OrganizationRole} between a person and what they belong to. Ids are blank node
 * ids ({@code _:e12}, {@code _:f7}): they link nodes within the file and claim nothing outside it.
 */
final class JsonLdExport {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final String STATUS = "https://schema.org/";

    private final JsonGenerator json;
    private final EntityIndex index;

    private JsonLdExport(JsonGenerator json, EntityIndex index) {
        this.json = json;
        this.index = index;
    }

    /** Writes every entity and every fact (of the type, when given) and returns how many facts; leaves the stream open. */
    static long write(Database database, Optional<FactType> type, OutputStream out) throws IOException {
        EntityIndex index = new EntityIndex();
        StorePages.entities(database).forEach(index::add);
        long facts = 0;
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            JsonLdExport export = new JsonLdExport(json, index);
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeArrayFieldStart("@graph");
            for (Entity entity : StorePages.entities(database)) {
                export.entity(entity);
            }
            for (KnowledgeFact fact : StorePages.facts(database, type)) {
                export.fact(fact);
                facts++;
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return facts;
    }

    private void entity(Entity entity) throws IOException {
        json.writeStartObject();
        json.writeStringField("@id", entityId(entity.id()));
        json.writeStringField("@type", schemaType(entity.type()));
        json.writeStringField("name", entity.name());
        List<String> otherNames = entity.aliases().stream().filter(a -> !a.equals(entity.name())).toList();
        if (!otherNames.isEmpty()) {
            json.writeArrayFieldStart("alternateName");
            for (String alias : otherNames) {
                json.writeString(alias);
            }
            json.writeEndArray();
        }
        if (entity.type() == EntityType.PLACE && entity.parent().isPresent()) {
            place("containedInPlace", entity.parent().get());
        }
        if (entity.governs().isPresent()) {
            place("areaServed", entity.governs().get());
        }
        json.writeEndObject();
    }

    private void fact(KnowledgeFact known) throws IOException {
        Fact fact = known.fact();
        if (fact instanceof Role role) {
            role(known, role);
            return;
        }
        json.writeStartObject();
        json.writeStringField("@id", "_:f" + known.id());
        if (fact instanceof Agreement a) {
            action(known, "Action", a.parties(), a.date());
            refs("participant", a.signatories());
            renewed(known);
            json.writeStringField("actionStatus", STATUS + "CompletedActionStatus");
        } else if (fact instanceof Relationship r) {
            action(known, "Action", List.of(r.a(), r.b()), r.since());
            json.writeStringField("actionStatus",
                    STATUS + (r.status() == RelationshipStatus.ESTABLISHED ? "ActiveActionStatus" : "PotentialActionStatus"));
        } else if (fact instanceof Event e) {
            event(known, e);
        } else if (fact instanceof Investment i) {
            investment(known, i);
        } else if (fact instanceof Product p) {
            product(known, p);
        }
        json.writeEndObject();
    }

    private void action(KnowledgeFact known, String type, List<EntityRef> agents, Optional<PartialDate> date)
            throws IOException {
        json.writeStringField("@type", type);
        described(known, known.summary());
        refs("agent", agents);
        date("startTime", date);
    }

    /** The person, and through an {@code OrganizationRole} what they belong to; a bare {@code jobTitle} when unstated. */
    private void role(KnowledgeFact known, Role role) throws IOException {
        json.writeStartObject();
        node(role.person());
        if (role.org().isEmpty()) {
            json.writeStringField("jobTitle", role.title());
        } else {
            json.writeObjectFieldStart("memberOf");
            json.writeStringField("@id", "_:f" + known.id());
            json.writeStringField("@type", "OrganizationRole");
            described(known, known.summary());
            json.writeStringField("roleName", role.title());
            ref("memberOf", role.org().get());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void event(KnowledgeFact known, Event event) throws IOException {
        json.writeStringField("@type", "Event");
        described(known, event.name().orElse(known.summary()));
        date("startDate", event.date());
        date("endDate", event.endDate());
        if (event.location().isPresent()) {
            ref("location", event.location().get());
        }
        refs("organizer", event.organizers());
        refs("attendee", event.participants());
    }

    private void investment(KnowledgeFact known, Investment investment) throws IOException {
        if (investment.kind() == InvestmentKind.TRADE) {
            action(known, "TradeAction", List.of(investment.investor()), investment.asOf());
            json.writeNumberField("price", investment.amount().amount());
            json.writeStringField("priceCurrency", investment.amount().currency().getCurrencyCode());
        } else {
            action(known, "InvestOrDepositAction", List.of(investment.investor()), investment.asOf());
            json.writeObjectFieldStart("amount");
            json.writeStringField("@type", "MonetaryAmount");
            json.writeNumberField("value", investment.amount().amount());
            json.writeStringField("currency", investment.amount().currency().getCurrencyCode());
            json.writeEndObject();
        }
        ref("location", investment.destination());
    }

    private void product(KnowledgeFact known, Product product) throws IOException {
        json.writeStringField("@type", "Product");
        described(known, product.name());
        if (!product.categories().isEmpty()) {
            json.writeArrayFieldStart("category");
            for (String category : product.categories()) {
                json.writeString(category);
            }
            json.writeEndArray();
        }
        if (product.origin().isPresent()) {
            ref("countryOfOrigin", product.origin().get());
        }
        if (product.showcasedAt().isPresent()) {
            EntityRef where = product.showcasedAt().get();
            json.writeObjectFieldStart("offers");
            json.writeStringField("@type", "Offer");
            ref(where.type() == EntityType.PLACE ? "availableAtOrFrom" : "offeredBy", where);
            json.writeEndObject();
        }
    }

    /** The earlier agreement a renewal acts on, as its {@code object}: {@code {"@id": "_:f12"}}. */
    private void renewed(KnowledgeFact known) throws IOException {
        for (FactLink link : known.links()) {
            if (link.relation() == FactLink.Relation.RENEWS) {
                json.writeObjectFieldStart("object");
                json.writeStringField("@id", "_:f" + link.other());
                json.writeEndObject();
                return;
            }
        }
    }

    /** The name, the sentence the fact is best supported by as its description, and the articles reporting it. */
    private void described(KnowledgeFact known, String name) throws IOException {
        json.writeStringField("name", name);
        if (!known.sources().isEmpty()) {
            json.writeStringField("description", known.sources().get(0).sentence());
        }
        NewsArticles.write(json, known.sources());
    }

    private void date(String field, Optional<PartialDate> date) throws IOException {
        if (date.isPresent()) {
            json.writeStringField(field, date.get().toString());
        }
    }

    private void refs(String field, List<EntityRef> refs) throws IOException {
        if (refs.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (EntityRef ref : refs) {
            json.writeStartObject();
            node(ref);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void ref(String field, EntityRef ref) throws IOException {
        ref(field, ref.type(), ref.name());
    }

    private void place(String field, String name) throws IOException {
        ref(field, EntityType.PLACE, name);
    }

    private void ref(String field, EntityType type, String name) throws IOException {
        json.writeObjectFieldStart(field);
        node(type, name);
        json.writeEndObject();
    }

    private void node(EntityRef ref) throws IOException {
        node(ref.type(), ref.name());
    }

    /** The entity's {@code @id}; its type and name when the knowledge base has no entity by that name. */
    private void node(EntityType type, String name) throws IOException {
        Optional<Long> id = index.id(type, name);
        if (id.isPresent()) {
            json.writeStringField("@id", entityId(id.get()));
        } else {
            json.writeStringField("@type", schemaType(type));
            json.writeStringField("name", name);
        }
    }

    private static String entityId(long id) {
        return "_:e" + id;
    }

    private static String schemaType(EntityType type) {
        return switch (type) {
            case PLACE -> "Place";
            case PERSON -> "Person";
            case ORGANISATION, GROUP -> "Organization";
        };
    }
}
