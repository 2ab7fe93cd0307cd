package org.tsunagu.web.review;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.review.Curation;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;
import org.tsunagu.web.fact.KnowledgeFilter;

/**
 * The review queue page and the rows htmx swaps into it. A decision made with htmx answers with
 * the fact's row in its new state; the same forms without JavaScript go back to the queue.
 */
final class ReviewPages {

    static final int PAGE_SIZE = 20;
    /** Edit form fields are named "field.date", apart from the form's own fields. */
    static final String FIELD_PREFIX = "field.";
    /** Each entity of an entity field is a box of its own, named "entity.parties". */
    static final String ENTITY_PREFIX = "entity.";
    /** How an edit joins the names of an entity field's boxes: as {@code EditedEntities} reads them. */
    private static final String NAMES = "; ";

    private final Database database;
    private final TemplateEngine templates;

    ReviewPages(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    void queue(Context ctx) {
        KnowledgeFilter filter = KnowledgeFilter.of(ctx::queryParam);
        int offset = offset(ctx);
        Page<KnowledgeFact> facts = database.knowledgeFacts(ReviewQueue.query(filter).withLimit(PAGE_SIZE)
                .withOffset(offset));
        render(ctx, "review/queue.jte", new ReviewQueue(facts, filter, offset, Csrf.token(ctx),
                SourceView.spansOf(database, facts.items()), QueueChoices.of(database, filter)));
    }

    void row(Context ctx) {
        render(ctx, "review/row.jte", ReviewRow.read(database, ReviewRoutes.fact(ctx, database), Csrf.token(ctx)));
    }

    void editForm(Context ctx) {
        render(ctx, "review/edit.jte", ReviewEdit.of(database, ReviewRoutes.fact(ctx, database), Csrf.token(ctx)));
    }

    void decide(Context ctx, LongFunction<Operation> decision) {
        KnowledgeFact fact = ReviewRoutes.fact(ctx, database);
        database.apply(decision.apply(fact.id()), Visitor.of(ctx).name());
        answer(ctx, fact.id());
    }

    /** Only the fields whose value changed become edits: an edit pins a value against later articles. */
    void edit(Context ctx) {
        KnowledgeFact fact = ReviewRoutes.fact(ctx, database);
        Map<String, String> current = Curation.editableValues(fact.fact());
        Map<String, String> submitted = new LinkedHashMap<>(current);
        Map<String, String> changed = new LinkedHashMap<>();
        current.forEach((field, value) -> {
            String given = ctx.formParam(FIELD_PREFIX + field);
            if (given != null) {
                submitted.put(field, given.strip());
                if (!given.strip().equals(value)) {
                    changed.put(field, given.strip());
                }
            }
        });
        Map<String, List<String>> submittedEntities = submittedEntities(ctx, fact, changed);
        String wrongDate = wrongDate(changed);
        if (!wrongDate.isEmpty()) {
            render(ctx, "review/edit.jte", ReviewEdit.of(database, fact, Csrf.token(ctx))
                    .withError(submitted, submittedEntities, wrongDate));
            return;
        }
        if (!changed.isEmpty()) {
            try {
                database.apply(new Operation.Edit(fact.id(), changed), Visitor.of(ctx).name());
            } catch (CurationException e) {
                render(ctx, "review/edit.jte", ReviewEdit.of(database, fact, Csrf.token(ctx))
                        .withError(submitted, submittedEntities, e.getMessage()));
                return;
            }
        }
        answer(ctx, fact.id());
    }

    /** The names in each entity field's boxes, blank boxes left out; a field whose names changed goes into {@code changed}. */
    private static Map<String, List<String>> submittedEntities(Context ctx, KnowledgeFact fact,
            Map<String, String> changed) {
        Map<String, List<String>> entities = ReviewEdit.currentEntities(fact);
        Map<String, List<String>> submitted = new LinkedHashMap<>(entities);
        entities.forEach((field, names) -> {
            if (ctx.formParamMap().containsKey(ENTITY_PREFIX + field)) {
                List<String> given = ctx.formParams(ENTITY_PREFIX + field).stream().map(String::strip)
                        .filter(name -> !name.isEmpty()).toList();
                submitted.put(field, given);
                if (!given.equals(names)) {
                    changed.put(field, String.join(NAMES, given));
                }
            }
        });
        return submitted;
    }

    /** What is wrong with the first changed date that is not one, said so that a person can fix it; "" for none. */
    private static String wrongDate(Map<String, String> changed) {
        return changed.entrySet().stream()
                .filter(e -> EditField.isDate(e.getKey()) && !e.getValue().isEmpty()
                        && PartialDate.tryParse(e.getValue()).isEmpty())
                .map(e -> EditField.label(e.getKey()) + " '" + e.getValue() + "' is not valid: write "
                        + EditField.DATE_HINT + ".")
                .findFirst().orElse("");
    }

    private void answer(Context ctx, long fact) {
        if (ctx.header("HX-Request") == null) {
            ctx.redirect("/review#fact-" + fact, HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, "review/row.jte", ReviewRow.read(database, database.knowledgeFact(fact).orElseThrow(),
                Csrf.token(ctx)));
    }

    private static int offset(Context ctx) {
        String value = ctx.queryParam("offset");
        try {
            int offset = value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below, like a negative number
        }
        throw new InvalidRequestException("offset must be a whole number of 0 or more, not '" + value + "'");
    }

    private void render(Context ctx, String template, Object model) {
        StringOutput html = new StringOutput();
        templates.render(template, model, html);
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }
}
