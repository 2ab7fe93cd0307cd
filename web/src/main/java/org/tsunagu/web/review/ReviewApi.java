package org.tsunagu.web.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.account.Visitor;

/**
 * Review through JSON: {@code POST /api/facts/{id}/accept|reject|edit} answer with the fact's new
 * state and the audit entry the change made.
 */
final class ReviewApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    ReviewApi(Database database) {
        this.database = database;
    }

    void decide(Context ctx, LongFunction<Operation> decision) {
        long fact = ReviewRoutes.fact(ctx, database).id();
        change(ctx, fact, decision.apply(fact));
    }

    /** The body is one JSON object of field names to new values: {@code {"date": "2013-11-01"}}. */
    void edit(Context ctx) {
        KnowledgeFact fact = ReviewRoutes.fact(ctx, database);
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw new InvalidRequestException("send a JSON object of the fields to change, e.g. {\"date\": \"2013-11-01\"}");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw new InvalidRequestException("the value of '" + field.getKey() + "' must be a string or a number");
            }
            fields.put(field.getKey(), field.getValue().asText());
        });
        change(ctx, fact.id(), new Operation.Edit(fact.id(), fields));
    }

    private void change(Context ctx, long id, Operation operation) {
        AuditEntry entry;
        try {
            entry = database.apply(operation, Visitor.of(ctx).name());
        } catch (CurationException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        KnowledgeFact fact = database.knowledgeFact(id).orElseThrow();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode changed = body.putObject("fact");
        changed.put("id", fact.id());
        changed.put("type", fact.type().code());
        changed.put("summary", fact.summary());
        changed.put("review_state", fact.reviewState().code());
        fact.edits().forEach(changed.putObject("edits")::put);
        body.set("audit", entry.json());
        ctx.json(body);
    }
}
