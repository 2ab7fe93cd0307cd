package org.tsunagu.web.audit;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.audit.AuditQuery;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.PageLinks;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.RefusedRequest;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;
import org.tsunagu.web.api.PageJson;
import org.tsunagu.web.api.Paging;

/**
 * The audit log for editors, as a page and as JSON: every change people made, newest first,
 * filtered by who made it, the entity it touched and the day; and undo of a decision on a fact
 * where nothing later depends on it (409 with the reason where something does).
 */
public final class AuditRoutes {

    private final Database database;
    private final TemplateEngine templates;

    private AuditRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        AuditRoutes routes = new AuditRoutes(database, templates);
        app.get("/audit", routes::page, AccessRole.EDITOR);
        app.get("/api/audit", routes::json, AccessRole.EDITOR);
        app.post("/audit/{id}/undo", routes::undoFromPage, AccessRole.EDITOR);
        app.post("/api/audit/{id}/undo", routes::undo, AccessRole.EDITOR);
    }

    private void page(Context ctx) {
        Paging paging = AuditRequest.paging(ctx);
        AuditQuery query = AuditRequest.query(ctx, paging);
        Page<AuditEntry> entries = database.auditLog(query);
        Map<String, String> filters = new LinkedHashMap<>();
        query.user().ifPresent(user -> filters.put("user", user));
        query.entity().ifPresent(entity -> filters.put("entity", entity.toString()));
        query.from().ifPresent(day -> filters.put("from", day.toString()));
        query.to().ifPresent(day -> filters.put("to", day.toString()));
        if (query.limit() != AuditRequest.DEFAULT_LIMIT) {
            filters.put("limit", String.valueOf(query.limit()));
        }
        PageLinks links = new PageLinks("/audit", filters, entries.total(), query.offset(), query.limit(),
                entries.items().size());
        HtmlPages.render(ctx, templates, "audit/log.jte", new AuditPage(entries, query, links,
                database.undoBlockers(entries.items()), Csrf.token(ctx)));
    }

    /** Undoes the entry and goes back to the log, where the undo is the newest entry. */
    private void undoFromPage(Context ctx) {
        undone(ctx);
        ctx.redirect("/audit", HttpStatus.SEE_OTHER);
    }

    private void undo(Context ctx) {
        ctx.json(undone(ctx).json());
    }

    private AuditEntry undone(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        if (database.auditLog(id).isEmpty()) {
            throw new NotFoundException("no audit entry " + id);
        }
        try {
            return database.undo(id, Visitor.of(ctx).name());
        } catch (CurationException e) {
            throw new RefusedRequest(409, e.getMessage());
        }
    }

    private void json(Context ctx) {
        Paging paging = AuditRequest.paging(ctx);
        ctx.json(PageJson.of(database.auditLog(AuditRequest.query(ctx, paging)), paging, AuditEntry::json));
    }
}
