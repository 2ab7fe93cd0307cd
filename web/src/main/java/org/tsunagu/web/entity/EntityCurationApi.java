package org.tsunagu.web.entity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.duplicates.DuplicateSuggestion;
import org.tsunagu.store.duplicates.SharedContext;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.account.AccessRole;

/**
 * Entity curation through JSON: suggested duplicates, and merge, rename, type, parent and split
 * of {@code /api/entities/{id}}, each answering with the entity as it now is (for a merge, the
 * survivor) and the audit entry the change made.
 */
final class EntityCurationApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EntityChanges changes;

    EntityCurationApi(EntityChanges changes) {
        this.changes = changes;
    }

    void addTo(Javalin app) {
        app.get("/api/entities/duplicates", this::duplicates, AccessRole.EDITOR);
        app.post("/api/entities/{id}/merge", ctx -> change(ctx, (id, body) -> {
            long into = id(body, "into");
            return new Operation.Merge(id, into, text(body, "name"));
        }), AccessRole.EDITOR);
        app.post("/api/entities/{id}/rename", ctx -> change(ctx, (id, body) -> new Operation.Rename(id,
                text(body, "name").orElseThrow(() -> new InvalidRequestException("send {\"name\": \"...\"}")))),
                AccessRole.EDITOR);
        app.post("/api/entities/{id}/type", ctx -> change(ctx, (id, body) -> new Operation.SetType(id,
                EntityChanges.type(text(body, "type").orElse("")))), AccessRole.EDITOR);
        app.post("/api/entities/{id}/parent", ctx -> change(ctx, (id, body) -> new Operation.SetParent(id,
                body.hasNonNull("parent") ? OptionalLong.of(id(body, "parent")) : OptionalLong.empty())),
                AccessRole.EDITOR);
        app.post("/api/entities/{id}/split", ctx -> change(ctx, (id, body) -> new Operation.Split(id, aliases(body))),
                AccessRole.EDITOR);
    }

    private void duplicates(Context ctx) {
        Optional<EntityType> type = EntityRequest.entityType(ctx);
        int limit = QueryParameters.optionalNumber(ctx, "limit", 1, EntityCurationRoutes.MAX_SUGGESTIONS)
                .orElse(EntityCurationRoutes.SUGGESTIONS);
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("items");
        for (DuplicateSuggestion s : changes.database().suggestedDuplicates(type, limit)) {
            ObjectNode item = items.addObject();
            item.set("first", EntityJson.entity(s.first()));
            item.set("second", EntityJson.entity(s.second()));
            item.put("score", s.score()).put("name_similarity", s.nameSimilarity())
                    .put("same_fingerprint", s.sameFingerprint());
            SharedContext shared = s.context();
            item.putObject("shared").put("documents", shared.documents()).put("neighbours", shared.neighbours())
                    .put("parent", shared.sameParent().orElse(null)).put("country", shared.sameCountry().orElse(null))
                    .put("different_parents", shared.differentParents());
            s.reasons().forEach(item.putArray("reasons")::add);
        }
        ctx.json(body);
    }

    private void change(Context ctx, Change change) {
        long id = changes.live(QueryParameters.pathId(ctx, "id")).id();
        Operation operation = change.of(id, body(ctx));
        AuditEntry entry = changes.apply(ctx, operation);
        long now = operation instanceof Operation.Merge merge ? merge.into() : id;
        ObjectNode answer = NODES.objectNode();
        answer.set("entity", EntityJson.entity(changes.live(now)));
        answer.set("audit", entry.json());
        ctx.json(answer);
    }

    private static JsonNode body(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("send a JSON object");
        }
        return body;
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidRequestException("'" + field + "' must be a string");
        }
        return Optional.of(value.asText());
    }

    private static long id(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() <= 0) {
            throw new InvalidRequestException("'" + field + "' must be an entity id");
        }
        return value.asLong();
    }

    private static List<String> aliases(JsonNode body) {
        JsonNode value = body.get("aliases");
        if (value == null || !value.isArray()) {
            throw new InvalidRequestException("send {\"aliases\": [\"...\"]}: the names that go to the new entity");
        }
        List<String> aliases = new ArrayList<>();
        for (JsonNode alias : value) {
            if (!alias.isTextual()) {
                throw new InvalidRequestException("each alias must be a string");
            }
            aliases.add(alias.asText());
        }
        return aliases;
    }

    /** The operation a request's body asks of the entity of its path. */
    @FunctionalInterface
    private interface Change {
        Operation of(long entity, JsonNode body);
    }
}
