package org.tsunagu.web.entity;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.LongFunction;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.Csrf;

/**
 * Curating entities in the browser: suggested duplicates, a merge where the curator chooses the
 * name that survives, and the forms of an entity's page (rename, type, parent place, split).
 * Editors only; every change goes through the store's curation under the signed-in person's name.
 * The same operations as JSON are {@link EntityCurationApi}'s.
 */
final class EntityCurationRoutes {

    static final int SUGGESTIONS = 50;
    static final int MAX_SUGGESTIONS = 500;

    private final EntityChanges changes;
    private final TemplateEngine templates;

    private EntityCurationRoutes(EntityChanges changes, TemplateEngine templates) {
        this.changes = changes;
        this.templates = templates;
    }

    /** Call before the routes of {@code /entities/{id}}, which would take "duplicates" for an id. */
    static void addTo(Javalin app, Database database, TemplateEngine templates) {
        EntityChanges changes = new EntityChanges(database);
        EntityCurationRoutes pages = new EntityCurationRoutes(changes, templates);
        app.get("/entities/duplicates", pages::duplicates, AccessRole.EDITOR);
        app.get("/entities/merge", pages::mergeForm, AccessRole.EDITOR);
        app.post("/entities/merge", pages::merge, AccessRole.EDITOR);
        app.post("/entities/{id}/rename", ctx -> pages.change(ctx, id -> new Operation.Rename(id, ctx.formParam("name"))),
                AccessRole.EDITOR);
        app.post("/entities/{id}/type", ctx -> pages.change(ctx, id -> new Operation.SetType(id,
                EntityChanges.type(ctx.formParam("type")))), AccessRole.EDITOR);
        app.post("/entities/{id}/parent", ctx -> pages.change(ctx, id -> new Operation.SetParent(id,
                changes.place(ctx.formParam("parent")))), AccessRole.EDITOR);
        app.post("/entities/{id}/split", ctx -> pages.change(ctx, id -> new Operation.Split(id, ctx.formParams("alias"))),
                AccessRole.EDITOR);
        new EntityCurationApi(changes).addTo(app);
    }

    private void duplicates(Context ctx) {
        Optional<EntityType> type = EntityRequest.entityType(ctx);
        int limit = QueryParameters.optionalNumber(ctx, "limit", 1, MAX_SUGGESTIONS).orElse(SUGGESTIONS);
        HtmlPages.render(ctx, templates, "entity/duplicates.jte",
                new DuplicatesPage(changes.database().suggestedDuplicates(type, limit), type));
    }

    /** Two entities side by side, to choose which name survives; the second may be typed as a name. */
    private void mergeForm(Context ctx) {
        Entity first = changes.live(QueryParameters.optionalId(ctx, "a")
                .orElseThrow(() -> new InvalidRequestException("say which entity to merge: a=ID")));
        Entity second = changes.live(EntityNamed.in(changes.database(), "b", ctx.queryParam("b"), Optional.of(first.type())));
        if (first.id() == second.id()) {
            throw new InvalidRequestException("an entity cannot be merged with itself");
        }
        HtmlPages.render(ctx, templates, "entity/merge.jte", new MergePage(first, second, Csrf.token(ctx)));
    }

    /** The entity whose name was chosen survives, under that name; the other's address leads to it from now on. */
    private void merge(Context ctx) {
        long first = formId(ctx, "a");
        long second = formId(ctx, "b");
        long keep = formId(ctx, "keep");
        if (keep != first && keep != second) {
            throw new InvalidRequestException("keep must be one of the two entities merged");
        }
        Entity survivor = changes.live(keep);
        changes.apply(ctx, new Operation.Merge(keep == first ? second : first, keep, Optional.of(survivor.name())));
        ctx.redirect("/entities/" + keep, HttpStatus.SEE_OTHER);
    }

    private void change(Context ctx, LongFunction<Operation> operation) {
        long id = changes.live(QueryParameters.pathId(ctx, "id")).id();
        changes.apply(ctx, operation.apply(id));
        ctx.redirect("/entities/" + id, HttpStatus.SEE_OTHER);
    }

    private static long formId(Context ctx, String name) {
        String value = ctx.formParam(name);
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(name + " must be an entity id, not '" + value + "'");
    }
}
