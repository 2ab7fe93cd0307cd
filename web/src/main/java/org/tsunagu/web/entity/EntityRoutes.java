package org.tsunagu.web.entity;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.agreement.AgreementFollowUp;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.EntityReport;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.PageLinks;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;
import org.tsunagu.web.vitality.EntityTies;

/** Entity pages and {@code /api/entities}: the same reads of the store, as HTML and as JSON. */
public final class EntityRoutes {

    private static final int LIST_PAGE_SIZE = 50;
    /** Facts of each type on an entity's overview; the rest a click away, a page at a time. */
    private static final int FACTS_PER_TYPE = 20;
    private static final int FACTS_PAGE_SIZE = 100;
    private static final int MAX_FACTS = 1_000;
    /**
     * Agreements whose follow-up an entity's overview shows, the latest learned; a party to more
     * finds them in its agreement list. Each one's activity is looked for among both parties'
     * facts: twenty made a prefecture's page cost 0.3 s of processor time at 100,000 articles.
     */
    private static final int FOLLOW_UPS = 5;

    private final Database database;
    private final TemplateEngine templates;
    /** Gives the reference year of the entity's ties by vitality. */
    private final Clock clock;

    private EntityRoutes(Database database, TemplateEngine templates, Clock clock) {
        this.database = database;
        this.templates = templates;
        this.clock = clock;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates, Clock clock) {
        EntityRoutes routes = new EntityRoutes(database, templates, clock);
        EntityCurationRoutes.addTo(app, database, templates);
        app.get("/entities", routes::listPage);
        app.get("/entities/{id}", routes::entityPage);
        app.get("/api/entities", routes::list);
        app.get("/api/entities/{id}", routes::entity);
    }

    private void listPage(Context ctx) {
        EntityQuery query = EntityRequest.query(ctx, LIST_PAGE_SIZE);
        Page<Entity> entities = database.entities(query);
        Map<String, String> parameters = new LinkedHashMap<>();
        query.type().ifPresent(type -> parameters.put("type", type.code()));
        query.text().ifPresent(text -> parameters.put("q", text));
        if (query.limit() != LIST_PAGE_SIZE) {
            parameters.put("limit", String.valueOf(query.limit()));
        }
        PageLinks paging = new PageLinks("/entities", parameters, entities.total(), query.offset(), query.limit(),
                entities.items().size());
        HtmlPages.render(ctx, templates, "entity/list.jte", new EntityListPage(entities, query, paging,
                Visitor.of(ctx).has(Role.EDITOR)));
    }

    private void entityPage(Context ctx) {
        if (movedToSurvivor(ctx, "/entities/")) {
            return;
        }
        Optional<FactType> only = EntityRequest.factType(ctx);
        int offset = QueryParameters.wholeNumber(ctx, "offset", 0);
        int limit = only.isPresent() ? FACTS_PAGE_SIZE : FACTS_PER_TYPE;
        EntityReport report = report(ctx, only, limit, only.isPresent() ? offset : 0);
        Optional<PageLinks> paging = only.map(type -> new PageLinks("/entities/" + report.profile().entity().id(),
                Map.of("type", type.code()), report.count(type), offset, limit, report.facts(type).size()));
        Optional<String> csrf = Visitor.of(ctx).has(Role.EDITOR) ? Optional.of(Csrf.token(ctx)) : Optional.empty();
        Optional<EntityTies> ties = only.isPresent() ? Optional.empty()
                : Optional.of(EntityTies.of(database, report.profile().entity().id(), clock));
        List<AgreementFollowUp> followUps = only.isPresent() ? List.of()
                : database.agreementsOfParty(report.profile().entity().id(), FOLLOW_UPS);
        HtmlPages.render(ctx, templates, "entity/entity.jte", new EntityPage(report, only, paging, csrf, ties,
                database.proposedTies(report.profile().entity().id()), followUps));
    }

    private void list(Context ctx) {
        Page<Entity> entities = database.entities(EntityRequest.query(ctx, LIST_PAGE_SIZE));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("total", entities.total());
        ArrayNode items = body.putArray("items");
        entities.items().forEach(e -> items.add(EntityJson.entity(e)));
        ctx.json(body);
    }

    /** The profile, fact counts by type, and {@code limit} facts of each type (or of {@code type}) from {@code offset}. */
    private void entity(Context ctx) {
        if (movedToSurvivor(ctx, "/api/entities/")) {
            return;
        }
        Optional<FactType> only = EntityRequest.factType(ctx);
        int limit = Math.max(1, Math.min(QueryParameters.wholeNumber(ctx, "limit", FACTS_PER_TYPE), MAX_FACTS));
        EntityReport report = report(ctx, only, limit, QueryParameters.wholeNumber(ctx, "offset", 0));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("entity", EntityJson.profile(report.profile()));
        ObjectNode counts = body.putObject("counts");
        report.counts().forEach((type, count) -> counts.put(type.code(), count));
        ArrayNode facts = body.putArray("facts");
        for (FactType type : FactType.values()) {
            for (CitedFact fact : report.facts(type)) {
                facts.add(EntityJson.fact(fact));
            }
        }
        ctx.json(body);
    }

    /**
     * A merged-away entity's address answers with a permanent redirect to its survivor's, the query
     * kept, so links and bookmarks made before the merge still lead somewhere.
     */
    private boolean movedToSurvivor(Context ctx, String prefix) {
        Optional<Long> survivor = database.survivorOf(QueryParameters.pathId(ctx, "id"));
        survivor.ifPresent(live -> ctx.redirect(prefix + live + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
                HttpStatus.MOVED_PERMANENTLY));
        return survivor.isPresent();
    }

    private EntityReport report(Context ctx, Optional<FactType> only, int limit, int offset) {
        long id = QueryParameters.pathId(ctx, "id");
        return database.entityReport(id, only, limit, offset)
                .orElseThrow(() -> new NotFoundException("no entity " + id));
    }
}
