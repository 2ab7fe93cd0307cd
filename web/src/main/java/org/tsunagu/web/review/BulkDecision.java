package org.tsunagu.web.review;

import gg.jte.TemplateEngine;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.tsunagu.model.Coded;
import org.tsunagu.store.Database;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;
import org.tsunagu.web.fact.KnowledgeFilter;

/**
 * Accepts or rejects every fact a queue's filter keeps, in two steps: {@code POST /review/bulk/confirm}
 * shows how many facts and which, {@code POST /review/bulk/apply} decides exactly those (not what
 * the filter keeps by then), each fact with its own audit entry, and goes back to the queue.
 */
final class BulkDecision {

    /** The most facts one decision changes: as many as one page of the API lists. */
    static final int MAX_FACTS = KnowledgeQuery.MAX_LIMIT;
    /** Facts the confirmation names; the rest it counts. */
    private static final int NAMED = 10;

    enum Verb implements Coded {
        ACCEPT(Operation.Accept::new),
        REJECT(Operation.Reject::new);

        private final LongFunction<Operation> operation;

        Verb(LongFunction<Operation> operation) {
            this.operation = operation;
        }

        /** "Accept". */
        String label() {
            return Words.of(code());
        }
    }

    /** What the confirmation shows: the decision, the filter to go back to, the facts it changes. */
    record Confirmation(Verb verb, KnowledgeFilter filter, long total, List<Long> ids, List<KnowledgeFact> named,
            String csrf) {

        String back() {
            String query = filter.queryString();
            return query.isEmpty() ? "/review" : "/review?" + query;
        }

        int unnamed() {
            return ids.size() - named.size();
        }
    }

    private final Database database;
    private final TemplateEngine templates;

    BulkDecision(Database database, TemplateEngine templates) {
        this.database = database;
        this.templates = templates;
    }

    void confirm(Context ctx) {
        KnowledgeFilter filter = KnowledgeFilter.of(ctx::formParam);
        KnowledgeQuery query = ReviewQueue.query(filter);
        Page<KnowledgeFact> named = database.knowledgeFacts(query.withLimit(NAMED));
        List<Long> ids = database.knowledgeFactIds(query.withLimit(MAX_FACTS));
        HtmlPages.render(ctx, templates, "review/bulk.jte",
                new Confirmation(verb(ctx), filter, named.total(), ids, named.items(), Csrf.token(ctx)));
    }

    void apply(Context ctx) {
        Verb verb = verb(ctx);
        List<Operation> operations = new ArrayList<>();
        for (String id : ctx.formParams("fact")) {
            try {
                operations.add(verb.operation.apply(Long.parseLong(id.strip())));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("a fact id is a whole number, not '" + id + "'");
            }
        }
        if (operations.isEmpty() || operations.size() > MAX_FACTS) {
            throw new InvalidRequestException("name from 1 to " + MAX_FACTS + " facts to " + verb.code());
        }
        try {
            database.applyAll(operations, Visitor.of(ctx).name());
        } catch (CurationException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        String query = KnowledgeFilter.of(ctx::formParam).queryString();
        ctx.redirect(query.isEmpty() ? "/review" : "/review?" + query, HttpStatus.SEE_OTHER);
    }

    private static Verb verb(Context ctx) {
        String given = ctx.formParam("decision");
        return Coded.fromCode(Verb.class, given == null ? "" : given.strip())
                .orElseThrow(() -> new InvalidRequestException("decision must be accept or reject, not '" + given + "'"));
    }
}
