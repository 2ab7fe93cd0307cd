package org.tsunagu.web.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.tsunagu.model.Coded;
import org.tsunagu.store.Database;
import org.tsunagu.store.agreement.AgreementFollowUp;
import org.tsunagu.store.agreement.CommitmentStatus;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.Visitor;

/**
 * Agreements that are followed up: {@code /agreements} lists those expiring within a year and those
 * whose commitments have had no news for a year (JSON: {@code /api/agreements/expiring} and
 * {@code /api/agreements/quiet}); an editor sets a commitment's status on the fact page
 * ({@code POST /facts/{id}/commitments}) or through {@code POST /api/facts/{id}/commitments}.
 */
public final class AgreementRoutes {

    private static final int MONTHS_AHEAD = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final TemplateEngine templates;

    private AgreementRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        AgreementRoutes routes = new AgreementRoutes(database, templates);
        app.get("/agreements", routes::page);
        app.get("/api/agreements/expiring", ctx -> ctx.json(list(database.agreementsExpiringWithin(MONTHS_AHEAD))));
        app.get("/api/agreements/quiet", ctx -> ctx.json(list(database.agreementsWithQuietCommitments())));
        app.post("/facts/{id}/commitments", routes::setFromForm, AccessRole.EDITOR);
        app.post("/api/facts/{id}/commitments", routes::setFromJson, AccessRole.EDITOR);
    }

    private void page(Context ctx) {
        HtmlPages.render(ctx, templates, "agreement/agreements.jte", new AgreementsPage(MONTHS_AHEAD,
                database.agreementsExpiringWithin(MONTHS_AHEAD), database.agreementsWithQuietCommitments()));
    }

    private void setFromForm(Context ctx) {
        long id = agreement(ctx).fact().id();
        apply(ctx, id, ctx.formParam("commitment"), ctx.formParam("status"));
        ctx.redirect("/facts/" + id + "#commitments", HttpStatus.SEE_OTHER);
    }

    /** The body is {@code {"commitment": "hold regular dialogues", "status": "done"}}. */
    private void setFromJson(Context ctx) {
        long id = agreement(ctx).fact().id();
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("send {\"commitment\": \"...\", \"status\": \"done\"}");
        }
        AuditEntry entry = apply(ctx, id, body.path("commitment").asText(null), body.path("status").asText(null));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("follow_up", AgreementFollowUpJson.write(database.agreementFollowUp(id).orElseThrow()));
        answer.set("audit", entry.json());
        ctx.json(answer);
    }

    private AuditEntry apply(Context ctx, long id, String commitment, String status) {
        if (commitment == null || commitment.isBlank()) {
            throw new InvalidRequestException("say which commitment (its text)");
        }
        CommitmentStatus chosen = Coded.fromCode(CommitmentStatus.class, status == null ? "" : status.replace(' ', '_'))
                .orElseThrow(() -> new InvalidRequestException("status must be planned, in_progress, done or lapsed"));
        try {
            return database.apply(new Operation.SetCommitmentStatus(id, commitment, chosen), Visitor.of(ctx).name());
        } catch (CurationException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private AgreementFollowUp agreement(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        return database.agreementFollowUp(id).orElseThrow(() -> new NotFoundException("no agreement " + id));
    }

    private static ObjectNode list(List<AgreementFollowUp> agreements) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("total", agreements.size());
        ArrayNode items = body.putArray("items");
        agreements.forEach(a -> items.add(AgreementFollowUpJson.write(a)));
        return body;
    }
}
