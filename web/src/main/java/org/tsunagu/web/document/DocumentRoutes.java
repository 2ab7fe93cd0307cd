package org.tsunagu.web.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.document.UnreadLanguage;
import org.tsunagu.model.json.DocumentInfoJson;
import org.tsunagu.store.Database;
import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.document.Mention;
import org.tsunagu.store.document.Statement;
import org.tsunagu.store.document.StoredDocument;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.store.knowledge.KnowledgeFactJson;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.PageLinks;
import org.tsunagu.web.QueryParameters;

/** Documents with their facts marked in the text: {@code /documents} and {@code /api/documents}. */
public final class DocumentRoutes {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_LIMIT = 1_000;

    private final Database database;
    private final TemplateEngine templates;

    private DocumentRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        DocumentRoutes routes = new DocumentRoutes(database, templates);
        app.get("/documents", routes::listPage);
        app.get("/documents/{id}", routes::documentPage);
        app.get("/api/documents", routes::list);
        app.get("/api/documents/{id}", routes::document);
    }

    private void listPage(Context ctx) {
        int offset = QueryParameters.wholeNumber(ctx, "offset", 0);
        Page<DocumentListing> documents = database.documents(PAGE_SIZE, offset);
        PageLinks paging = new PageLinks("/documents", Map.of(), documents.total(), offset, PAGE_SIZE,
                documents.items().size());
        HtmlPages.render(ctx, templates, "document/list.jte", new DocumentListPage(documents, paging));
    }

    private void documentPage(Context ctx) {
        Optional<Long> focus = QueryParameters.optionalId(ctx, "fact");
        StoredDocument document = find(ctx);
        Map<Long, List<FactLink>> links = database.factLinks(
                document.statements().stream().map(Statement::knowledgeFact).distinct().toList());
        HtmlPages.render(ctx, templates, "document/document.jte", new DocumentPage(document, focus, links));
    }

    private void list(Context ctx) {
        int limit = Math.min(QueryParameters.wholeNumber(ctx, "limit", PAGE_SIZE), MAX_LIMIT);
        Page<DocumentListing> documents = database.documents(Math.max(1, limit),
                QueryParameters.wholeNumber(ctx, "offset", 0));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("total", documents.total());
        ArrayNode items = body.putArray("items");
        documents.items().forEach(d -> listing(items.addObject(), d));
        ctx.json(body);
    }

    private void document(Context ctx) {
        StoredDocument document = find(ctx);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        listing(body, document.listing());
        body.put("text", document.text());
        UnreadLanguage.of(document.listing().info()).ifPresent(language -> body.put("not_read", language.notice()));
        body.set("also_published_by", KnowledgeFactJson.copies(document.alsoPublishedBy()));
        ArrayNode facts = body.putArray("facts");
        for (Statement statement : document.statements()) {
            ObjectNode fact = facts.addObject()
                    .put("id", statement.id())
                    .put("knowledge_fact", statement.knowledgeFact())
                    .put("type", statement.type().code())
                    .put("summary", statement.summary())
                    .put("confidence", statement.confidence());
            fact.set("sentence", span(statement.sentence()));
            fact.set("trigger", span(statement.trigger()));
            ArrayNode mentions = fact.putArray("mentions");
            for (Mention mention : statement.mentions()) {
                mentions.addObject().put("role", mention.role()).put("position", mention.position())
                        .put("entity", mention.entity()).put("name", mention.name())
                        .put("start", mention.span().start()).put("end", mention.span().end());
            }
        }
        ctx.json(body);
    }

    private StoredDocument find(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        return database.document(id).orElseThrow(() -> new NotFoundException("no document " + id));
    }

    private static void listing(ObjectNode node, DocumentListing d) {
        node.put("id", d.id()).put("name", d.name()).put("source", d.source());
        DocumentInfoJson.putInto(node, d.info()).put("document_date", d.documentDate().orElse(null))
                .put("ingested_at", d.ingestedAt()).put("statements", d.statements());
    }

    private static ObjectNode span(Span span) {
        return JsonNodeFactory.instance.objectNode().put("start", span.start()).put("end", span.end());
    }
}
