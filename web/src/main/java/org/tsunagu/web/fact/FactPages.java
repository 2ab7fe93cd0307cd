package org.tsunagu.web.fact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeFactJson;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;
import org.tsunagu.web.agreement.AgreementFollowUpJson;

/**
 * A page per knowledge fact, {@code /facts/{id}}, and its JSON twin {@code /api/facts/{id}}: its
 * sources, the values they disagree on, its review history and the facts it is linked to. Who made
 * each decision is shown to editors only, as the audit log is.
 */
public final class FactPages {

    private final Database database;
    private final TemplateEngine templates;

    private FactPages(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        FactPages pages = new FactPages(database, templates);
        app.get("/facts/{id}", pages::page);
        app.get("/api/facts/{id}", pages::json);
    }

    private void page(Context ctx) {
        HtmlPages.render(ctx, templates, "fact/fact.jte", load(ctx));
    }

    private void json(Context ctx) {
        FactPage page = load(ctx);
        ObjectNode body = KnowledgeFactJson.write(page.fact());
        body.put("page", "/facts/" + page.fact().id());
        // Both arrays are in the fact's order of sources and of links.
        JsonNode sources = body.get("sources");
        for (int i = 0; i < page.sources().size(); i++) {
            ((ObjectNode) sources.get(i)).put("document_id", page.sources().get(i).document());
        }
        JsonNode links = body.get("links");
        for (int i = 0; i < page.links().size(); i++) {
            ((ObjectNode) links.get(i)).put("summary", page.links().get(i).summary().orElse(null));
        }
        ArrayNode history = body.putArray("history");
        for (FactPage.History decision : page.history()) {
            ObjectNode entry = history.addObject().put("id", decision.entry().id()).put("at", decision.entry().at())
                    .put("operation", decision.operation()).put("state_after", decision.stateAfter());
            decision.user().ifPresent(user -> entry.put("user", user));
        }
        page.followUp().ifPresent(followUp -> body.set("follow_up", AgreementFollowUpJson.write(followUp)));
        ctx.json(body);
    }

    private FactPage load(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        KnowledgeFact fact = database.knowledgeFact(id).orElseThrow(() -> new NotFoundException("no fact " + id));
        boolean curator = Visitor.of(ctx).has(Role.EDITOR);
        List<FactPage.Cited> sources = fact.sources().stream()
                .map(source -> new FactPage.Cited(source, database.documentOf(source.statement()).orElseThrow()))
                .toList();
        List<FactPage.History> history = database.factHistory(id).stream().map(entry -> history(entry, curator)).toList();
        List<FactPage.Linked> links = fact.links().stream()
                .map(link -> new FactPage.Linked(link, database.knowledgeFact(link.other()).map(KnowledgeFact::summary)))
                .toList();
        return new FactPage(fact, sources, history, links, curator, curator ? Csrf.token(ctx) : "",
                database.agreementFollowUp(id));
    }

    private static FactPage.History history(AuditEntry entry, boolean curator) {
        JsonNode json = entry.json();
        return new FactPage.History(entry, json.path("operation").path("op").asText(entry.operation()),
                curator ? Optional.of(entry.user()) : Optional.empty(), json.path("after").path("state").asText(""));
    }
}
