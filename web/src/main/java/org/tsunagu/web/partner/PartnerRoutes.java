package org.tsunagu.web.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.partner.InterestKind;
import org.tsunagu.store.partner.PartnerSuggestion;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;

/**
 * Partner matchmaking: {@code /partners/{id}} shows an entity's interest profile and the partners
 * suggested for it (JSON: {@code /api/partners/{id}/profile} and {@code /api/partners/{id}/suggestions});
 * an editor accepts a suggestion as a proposed tie ({@code POST /partners/{id}/accept}, or
 * {@code POST /api/partners/{id}/accept}) and adds or takes off interests
 * ({@code POST /partners/{id}/interests}, or {@code POST /api/partners/{id}/interests}).
 */
public final class PartnerRoutes {

    static final int SUGGESTIONS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final TemplateEngine templates;

    private PartnerRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        PartnerRoutes routes = new PartnerRoutes(database, templates);
        app.get("/partners/{id}", routes::page);
        app.get("/api/partners/{id}/profile", ctx -> ctx.json(PartnerJson.profile(database.interestProfile(
                routes.entity(ctx).id()))));
        app.get("/api/partners/{id}/suggestions", routes::suggestions);
        app.post("/partners/{id}/accept", routes::acceptFromForm, AccessRole.EDITOR);
        app.post("/api/partners/{id}/accept", routes::acceptFromJson, AccessRole.EDITOR);
        app.post("/partners/{id}/interests", routes::interestFromForm, AccessRole.EDITOR);
        app.post("/api/partners/{id}/interests", routes::interestFromJson, AccessRole.EDITOR);
    }

    private void page(Context ctx) {
        Entity entity = entity(ctx);
        Optional<String> csrf = Visitor.of(ctx).has(Role.EDITOR) ? Optional.of(Csrf.token(ctx)) : Optional.empty();
        HtmlPages.render(ctx, templates, "partner/partners.jte", new PartnersPage(entity,
                database.interestProfile(entity.id()), database.partnerSuggestions(entity.id(), SUGGESTIONS),
                database.proposedTies(entity.id()), database.partnerHistory(entity.id()), csrf));
    }

    private void suggestions(Context ctx) {
        Entity entity = entity(ctx);
        ObjectNode body = PartnerJson.suggestions(entity.id(), database.partnerSuggestions(entity.id(), SUGGESTIONS));
        body.set("proposed", PartnerJson.proposed(database.proposedTies(entity.id())));
        ctx.json(body);
    }

    private void acceptFromForm(Context ctx) {
        Entity entity = entity(ctx);
        accept(ctx, entity, partnerId(ctx.formParam("partner")));
        ctx.redirect("/partners/" + entity.id() + "#proposed", HttpStatus.SEE_OTHER);
    }

    /** The body is {@code {"partner": 42}}: one of the entity's current suggestions. */
    private void acceptFromJson(Context ctx) {
        Entity entity = entity(ctx);
        JsonNode body = body(ctx, "send {\"partner\": ENTITY_ID}");
        AuditEntry entry = accept(ctx, entity, partnerId(body.path("partner").asText(null)));
        ObjectNode answer = JSON.createObjectNode();
        answer.set("proposed", PartnerJson.proposed(database.proposedTies(entity.id())));
        answer.set("audit", entry.json());
        ctx.json(answer);
    }

    private void interestFromForm(Context ctx) {
        Entity entity = entity(ctx);
        setInterest(ctx, entity, ctx.formParam("kind"), ctx.formParam("words"), !"remove".equals(ctx.formParam("action")));
        ctx.redirect("/partners/" + entity.id() + "#profile", HttpStatus.SEE_OTHER);
    }

    /** The body is {@code {"kind": "sector", "words": "robotics", "present": true}}. */
    private void interestFromJson(Context ctx) {
        Entity entity = entity(ctx);
        JsonNode body = body(ctx, "send {\"kind\": \"sector\", \"words\": \"...\", \"present\": true}");
        AuditEntry entry = setInterest(ctx, entity, body.path("kind").asText(null), body.path("words").asText(null),
                body.path("present").asBoolean(true));
        ObjectNode answer = JSON.createObjectNode();
        answer.set("profile", PartnerJson.profile(database.interestProfile(entity.id())));
        answer.set("audit", entry.json());
        ctx.json(answer);
    }

    /** Proposes the tie a current suggestion stands for, with its explanation as the reasons. */
    private AuditEntry accept(Context ctx, Entity entity, long partner) {
        PartnerSuggestion suggestion = database.partnerSuggestions(entity.id(), SUGGESTIONS).stream()
                .filter(s -> s.entity() == partner).findFirst()
                .orElseThrow(() -> new InvalidRequestException("entity " + partner + " is not among the partners suggested for "
                        + entity.name()));
        return apply(ctx, new Operation.ProposeTie(entity.id(), partner, suggestion.explanation()));
    }

    private AuditEntry setInterest(Context ctx, Entity entity, String kind, String words, boolean present) {
        InterestKind chosen = Coded.fromCode(InterestKind.class, kind == null ? "" : kind)
                .orElseThrow(() -> new InvalidRequestException("kind must be sector or region"));
        if (words == null || words.isBlank()) {
            throw new InvalidRequestException("say which " + chosen.code() + " (its words)");
        }
        return apply(ctx, new Operation.SetInterest(entity.id(), chosen, words, present));
    }

    private AuditEntry apply(Context ctx, Operation operation) {
        try {
            return database.apply(operation, Visitor.of(ctx).name());
        } catch (CurationException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    /** A place or organisation: persons and groups have no partners. */
    private Entity entity(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        Entity entity = database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
        if (entity.type() != EntityType.PLACE && entity.type() != EntityType.ORGANISATION) {
            throw new NotFoundException("a " + entity.type().code() + " has no partners: only places and organisations do");
        }
        return entity;
    }

    private static long partnerId(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            throw new InvalidRequestException("say which partner (its entity id)");
        }
        return Long.parseLong(value.strip());
    }

    private static JsonNode body(Context ctx, String expected) {
        try {
            JsonNode body = JSON.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw new InvalidRequestException(expected);
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
    }
}
