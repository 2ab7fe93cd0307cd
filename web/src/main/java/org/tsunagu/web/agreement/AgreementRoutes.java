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
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.store.Database;
import org.tsunagu.store.agreement.ActivityDecision;
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
 * {@code /api/agreements/quiet}). On the fact page, or through the same paths under {@code /api}, an
 * editor sets a commitment's status ({@code POST /facts/{id}/commitments}), confirms or dismisses
 * the activity suggested for it ({@code POST /facts/{id}/activity}) and cancels the agreement
 * ({@code POST /facts/{id}/cancellation}).
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
        app.post("/facts/{id}/activity", routes::decideFromForm, AccessRole.EDITOR);
        app.post("/api/facts/{id}/activity", routes::decideFromJson, AccessRole.EDITOR);
        app.post("/facts/{id}/cancellation", routes::cancelFromForm, AccessRole.EDITOR);
        app.post("/api/facts/{id}/cancellation", routes::cancelFromJson, AccessRole.EDITOR);
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
        JsonNode body = body(ctx, "{\"commitment\": \"...\", \"status\": \"done\"}");
        answer(ctx, id, apply(ctx, id, body.path("commitment").asText(null), body.path("status").asText(null)));
    }

    private void decideFromForm(Context ctx) {
        long id = agreement(ctx).fact().id();
        decide(ctx, id, ctx.formParam("commitment"), ctx.formParam("activity"), ctx.formParam("decision"));
        ctx.redirect("/facts/" + id + "#commitments", HttpStatus.SEE_OTHER);
    }

    /** The body is {@code {"commitment": "hold regular dialogues", "activity": 42, "decision": "confirmed"}}. */
    private void decideFromJson(Context ctx) {
        long id = agreement(ctx).fact().id();
        JsonNode body = body(ctx, "{\"commitment\": \"...\", \"activity\": 42, \"decision\": \"confirmed\"}");
        answer(ctx, id, decide(ctx, id, body.path("commitment").asText(null), body.path("activity").asText(null),
                body.path("decision").asText(null)));
    }

    private AuditEntry decide(Context ctx, long id, String commitment, String activity, String decision) {
        if (commitment == null || commitment.isBlank()) {
            throw new InvalidRequestException("say which commitment (its text)");
        }
        if (activity == null || !activity.matches("\\d{1,18}")) {
            throw new InvalidRequestException("say which fact carries the commitment out (activity: its id)");
        }
        ActivityDecision chosen = Coded.fromCode(ActivityDecision.class, decision == null ? "" : decision)
                .orElseThrow(() -> new InvalidRequestException("decision must be confirmed, dismissed or suggested"));
        return curate(ctx, new Operation.DecideActivity(id, commitment, Long.parseLong(activity), chosen));
    }

    /** Cancels on the form's day for its reason once the editor ticked "confirm"; {@code cancelled=false} takes it back. */
    private void cancelFromForm(Context ctx) {
        long id = agreement(ctx).fact().id();
        boolean cancelled = !"false".equals(ctx.formParam("cancelled"));
        if (cancelled && !"yes".equals(ctx.formParam("confirm"))) {
            throw new InvalidRequestException("tick the box that confirms the cancellation");
        }
        curate(ctx, new Operation.CancelAgreement(id, cancelled, blankless(ctx.formParam("on")), blankless(ctx.formParam("reason"))));
        ctx.redirect("/facts/" + id + "#follow-up", HttpStatus.SEE_OTHER);
    }

    /** The body is {@code {"cancelled": true, "on": "2026-03-31", "reason": "..."}}; "on" and "reason" may be left out. */
    private void cancelFromJson(Context ctx) {
        long id = agreement(ctx).fact().id();
        JsonNode body = body(ctx, "{\"cancelled\": true, \"on\": \"2026-03-31\", \"reason\": \"...\"}");
        if (!body.path("cancelled").isBoolean()) {
            throw new InvalidRequestException("say whether the agreement is cancelled (cancelled: true or false)");
        }
        answer(ctx, id, curate(ctx, new Operation.CancelAgreement(id, body.path("cancelled").asBoolean(),
                blankless(body.path("on").asText(null)), blankless(body.path("reason").asText(null)))));
    }

    private static Optional<String> blankless(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static JsonNode body(Context ctx, String example) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("send " + example);
        }
        return body;
    }

    /** Answers with the agreement's follow-up after the change and the audit entry it made. */
    private void answer(Context ctx, long id, AuditEntry entry) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("follow_up", AgreementFollowUpJson.write(database.agreementFollowUp(id).orElseThrow()));
        answer.set("audit", entry.json());
        ctx.json(answer);
    }

    private AuditEntry curate(Context ctx, Operation operation) {
        try {
            return database.apply(operation, Visitor.of(ctx).name());
        } catch (CurationException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private AuditEntry apply(Context ctx, long id, String commitment, String status) {
        if (commitment == null || commitment.isBlank()) {
            throw new InvalidRequestException("say which commitment (its text)");
        }
        CommitmentStatus chosen = Coded.fromCode(CommitmentStatus.class, status == null ? "" : status.replace(' ', '_'))
                .orElseThrow(() -> new InvalidRequestException("status must be planned, in_progress, done or lapsed"));
        return curate(ctx, new Operation.SetCommitmentStatus(id, commitment, chosen));
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
