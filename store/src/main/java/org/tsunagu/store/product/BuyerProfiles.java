package org.tsunagu.store.product;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.audit.AuditLog;
import org.tsunagu.store.text.Folding;

/**
 * Buyer profiles: checked and saved with an audit entry (target {@code buyer:<id>}), and read
 * back. Regions must be places the knowledge base knows by one of their names, so that a product's
 * origin can be found inside them.
 */
final class BuyerProfiles {

    /** More buyers than a desk keeps; matching reads them all. */
    static final int MAX_BUYERS = 1_000;
    static final int MAX_NAME = 200;
    static final int MAX_WORDS = 20;
    static final int MAX_WORD = 80;

    private static final String SELECT = """
            SELECT id, name, entity_id, channels, categories, regions, source, created_at, created_by
            FROM buyer_profiles\s""";
    private static final String ALL = SELECT + "ORDER BY name, id LIMIT :limit";
    private static final String BY_ID = SELECT + "WHERE id = :id";
    private static final String PLACE_NAMED = """
            SELECT COUNT(*) FROM kb_aliases a JOIN kb_entities e ON e.id = a.entity_id
            WHERE a.folded = :folded AND e.type = 'place' AND e.merged_into IS NULL""";
    private static final String ENTITY = "SELECT COUNT(*) FROM kb_entities WHERE id = :id AND merged_into IS NULL";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BuyerProfiles() {
    }

    static List<BuyerProfile> all(Handle handle) {
        return mapped(handle.createQuery(ALL).bind("limit", MAX_BUYERS)).list();
    }

    static Optional<BuyerProfile> find(Handle handle, long id) {
        return mapped(handle.createQuery(BY_ID).bind("id", id)).findOne();
    }

    /** @throws BuyerProfileException listing everything wrong with the draft */
    static BuyerProfile add(Handle handle, BuyerDraft draft, String user, Instant at) {
        List<String> problems = problems(handle, draft);
        if (!problems.isEmpty()) {
            throw new BuyerProfileException(problems);
        }
        long id = handle.createQuery("""
                INSERT INTO buyer_profiles (name, entity_id, channels, categories, regions, source, created_at, created_by)
                VALUES (:name, :entity, :channels, :categories, :regions, :source, :at, :user) RETURNING id""")
                .bind("name", draft.name()).bind("entity", draft.entity().orElse(null))
                .bind("channels", String.join(",", draft.channels().stream().map(SalesChannel::code).toList()))
                .bind("categories", String.join("\n", draft.categories()))
                .bind("regions", String.join("\n", draft.regions())).bind("source", draft.source().code())
                .bind("at", at.toString()).bind("user", user).mapTo(Long.class).one();
        BuyerProfile saved = find(handle, id).orElseThrow();
        ObjectNode operation = NODES.objectNode().put("op", "add-buyer").put("buyer", id);
        AuditLog.append(handle, at, user, operation.toString(), "buyer:" + id, null, BuyerProfileJson.write(saved).toString());
        return saved;
    }

    private static List<String> problems(Handle handle, BuyerDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.name().isEmpty() || draft.name().length() > MAX_NAME) {
            problems.add("give the buyer a name of 1 to " + MAX_NAME + " characters");
        }
        if (draft.channels().isEmpty()) {
            problems.add("choose at least one channel the buyer buys through");
        }
        if (draft.categories().isEmpty()) {
            problems.add("name at least one category of goods the buyer wants");
        }
        for (List<String> words : List.of(draft.categories(), draft.regions())) {
            if (words.size() > MAX_WORDS || words.stream().anyMatch(w -> w.length() > MAX_WORD)) {
                problems.add("give at most " + MAX_WORDS + " categories and " + MAX_WORDS + " regions of at most "
                        + MAX_WORD + " characters each");
            }
        }
        for (String region : draft.regions()) {
            if (handle.createQuery(PLACE_NAMED).bind("folded", Folding.fold(region)).mapTo(Long.class).one() == 0) {
                problems.add("no place called " + region + " is known; name a country, region or city the facts name");
            }
        }
        draft.entity().filter(id -> handle.createQuery(ENTITY).bind("id", id).mapTo(Long.class).one() == 0)
                .ifPresent(id -> problems.add("no entity " + id));
        return problems;
    }

    private static ResultIterable<BuyerProfile> mapped(Query query) {
        return query.map((row, ctx) -> {
            long entity = row.getLong("entity_id");
            Optional<Long> linked = row.wasNull() ? Optional.empty() : Optional.of(entity);
            return new BuyerProfile(row.getLong("id"), row.getString("name"), linked, channels(row.getString("channels")),
                    lines(row.getString("categories")), lines(row.getString("regions")),
                    Coded.fromCode(BuyerSource.class, row.getString("source")).orElseThrow(),
                    row.getString("created_at"), row.getString("created_by"));
        });
    }

    private static List<SalesChannel> channels(String codes) {
        return Arrays.stream(codes.split(",")).filter(c -> !c.isEmpty())
                .map(c -> Coded.fromCode(SalesChannel.class, c).orElseThrow()).toList();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
