package org.tsunagu.web.review;

import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.RefusedRequest;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.Csrf;

/**
 * The review queue and its API: editors accept, reject and edit proposed facts, through the page
 * or through JSON; admins add articles. Every change goes through the
 * store's curation with the signed-in person's name, so the audit log says who made it.
 */
public final class ReviewRoutes {

    /** The largest article an admin may upload, in bytes: a long PDF report, far more than any news text. */
    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    private ReviewRoutes() {
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        ReviewPages pages = new ReviewPages(database, templates);
        app.get("/review", pages::queue, AccessRole.EDITOR);
        app.get("/review/{id}", pages::row, AccessRole.EDITOR);
        app.get("/review/{id}/edit", pages::editForm, AccessRole.EDITOR);
        app.post("/review/{id}/accept", ctx -> pages.decide(ctx, Operation.Accept::new), AccessRole.EDITOR);
        app.post("/review/{id}/reject", ctx -> pages.decide(ctx, Operation.Reject::new), AccessRole.EDITOR);
        app.post("/review/{id}/edit", pages::edit, AccessRole.EDITOR);
        BulkDecision bulk = new BulkDecision(database, templates);
        app.post("/review/bulk/confirm", bulk::confirm, AccessRole.EDITOR);
        app.post("/review/bulk/apply", bulk::apply, AccessRole.EDITOR);

        ReviewApi api = new ReviewApi(database);
        app.post("/api/facts/{id}/accept", ctx -> api.decide(ctx, Operation.Accept::new), AccessRole.EDITOR);
        app.post("/api/facts/{id}/reject", ctx -> api.decide(ctx, Operation.Reject::new), AccessRole.EDITOR);
        app.post("/api/facts/{id}/edit", api::edit, AccessRole.EDITOR);
        ArticleUpload upload = new ArticleUpload(database, templates);
        app.post("/api/documents", upload::upload, AccessRole.ADMIN);
        app.get("/api/uploads/{id}", upload::status, AccessRole.ADMIN);
        app.get("/uploads/{id}", upload::status, AccessRole.ADMIN);
        app.get("/upload", ctx -> HtmlPages.render(ctx, templates, "review/upload-form.jte",
                UploadForm.empty(Csrf.token(ctx))),
                AccessRole.ADMIN);

    }

    /** The fact the path names. */
    static KnowledgeFact fact(Context ctx, Database database) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("a fact id is a whole number, not '" + ctx.pathParam("id") + "'");
        }
        return database.knowledgeFact(id).orElseThrow(() -> new RefusedRequest(404, "no fact " + id));
    }
}
