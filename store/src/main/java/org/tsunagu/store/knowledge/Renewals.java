package org.tsunagu.store.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Which agreement renews which. An agreement renews another when one of its reports reads as a
 * renewal, extension or upgrade ({@link RenewalWording}) and an agreement between the same parties
 * was signed in an earlier year: it renews the latest such one, of the same kind if there is one.
 * Links are worked out again from all the agreements between the parties whenever one of them
 * gains a report or changes its key, so they do not depend on the order documents arrive in.
 */
public final class Renewals {

    private static final String RENEWS = "renews";

    private static final String DOCUMENT_AGREEMENTS = """
            SELECT f.id, e.sentence, k.identity_key FROM facts f
            JOIN evidence e ON e.fact_id = f.id JOIN kb_facts k ON k.id = f.kb_fact_id
            WHERE f.document_id = :document AND f.type = 'agreement'""";
    // Every agreement between the parties is one range of the identity-key index.
    private static final String BETWEEN_PARTIES = """
            SELECT id, identity_key FROM kb_facts WHERE identity_key >= :from AND identity_key < :to""";
    private static final String READS_AS_RENEWAL = """
            SELECT EXISTS (SELECT 1 FROM renewal_statements r JOIN facts f ON f.id = r.fact_id
                           WHERE f.kb_fact_id = :fact)""";
    private static final String LINKS = """
            SELECT l.from_fact AS fact, 'renews' AS relation, l.to_fact AS other, k.identity_key
            FROM kb_fact_links l JOIN kb_facts k ON k.id = l.to_fact
            WHERE l.kind = 'renews' AND l.from_fact IN (<ids>) AND k.review_state <> 'rejected'
            UNION ALL
            SELECT l.to_fact, 'renewed_by', l.from_fact, k.identity_key
            FROM kb_fact_links l JOIN kb_facts k ON k.id = l.from_fact
            WHERE l.kind = 'renews' AND l.to_fact IN (<ids>) AND k.review_state <> 'rejected'""";

    private Renewals() {
    }

    /**
     * Notes which of a newly stored document's agreement statements read as renewals and links
     * again the agreements between their parties. The caller holds the write transaction and has
     * inserted the document's statements.
     */
    public static void addDocument(Handle handle, long documentId) {
        Set<String> parties = new TreeSet<>();
        handle.createQuery(DOCUMENT_AGREEMENTS).bind("document", documentId)
                .map((row, ctx) -> new DocumentStatement(row.getLong("id"), row.getString("sentence"),
                        row.getString("identity_key")))
                .list()
                .forEach(statement -> {
                    if (RenewalWording.readsAsRenewal(statement.sentence())) {
                        handle.createUpdate("INSERT INTO renewal_statements (fact_id) VALUES (:id)")
                                .bind("id", statement.id()).execute();
                    }
                    AgreementKey.parse(statement.identityKey()).ifPresent(key -> parties.add(key.parties()));
                });
        parties.forEach(p -> relink(handle, p));
    }

    /** Links again the agreements whose identity keys are (or were) among {@code identityKeys}. */
    static void relinkAll(Handle handle, Collection<String> identityKeys) {
        identityKeys.stream().map(AgreementKey::parse).flatMap(Optional::stream).map(AgreementKey::parties)
                .distinct().forEach(p -> relink(handle, p));
    }

    /** Drops the links of a knowledge fact about to be deleted. */
    static void forget(Handle handle, long fact) {
        handle.createUpdate("DELETE FROM kb_fact_links WHERE from_fact = :id OR to_fact = :id").bind("id", fact)
                .execute();
    }

    private static void relink(Handle handle, String parties) {
        String prefix = AgreementKey.partiesPrefix(parties);
        // The prefix ends in '|': every key that starts with it sorts before the same text ending in '}'.
        String end = prefix.substring(0, prefix.length() - 1) + '}';
        List<Agreement> agreements = handle.createQuery(BETWEEN_PARTIES).bind("from", prefix).bind("to", end)
                .map((row, ctx) -> Map.entry(row.getLong("id"), row.getString("identity_key")))
                .list().stream()
                .flatMap(e -> AgreementKey.parse(e.getValue()).map(key -> new Agreement(e.getKey(), key)).stream())
                .toList();
        for (Agreement agreement : agreements) {
            handle.createUpdate("DELETE FROM kb_fact_links WHERE from_fact = :id AND kind = :kind")
                    .bind("id", agreement.id()).bind("kind", RENEWS).execute();
        }
        for (Agreement agreement : agreements) {
            Optional<Agreement> renewed = renewed(agreement, agreements);
            if (renewed.isPresent() && readsAsRenewal(handle, agreement.id())) {
                handle.createUpdate("INSERT INTO kb_fact_links (from_fact, to_fact, kind) VALUES (:from, :to, :kind)")
                        .bind("from", agreement.id()).bind("to", renewed.get().id()).bind("kind", RENEWS).execute();
            }
        }
    }

    /** The latest agreement signed in a year before this one's, of the same kind if there is one. */
    private static Optional<Agreement> renewed(Agreement renewing, List<Agreement> between) {
        if (renewing.key().year().isEmpty()) {
            return Optional.empty();
        }
        int year = renewing.key().year().get();
        return between.stream()
                .filter(a -> a.key().year().isPresent() && a.key().year().get() < year)
                .max(Comparator.<Agreement, Integer>comparing(a -> a.key().year().get())
                        .thenComparing(a -> a.key().kind() == renewing.key().kind())
                        .thenComparing(a -> a.key().kind().code(), Comparator.reverseOrder()));
    }

    private static boolean readsAsRenewal(Handle handle, long fact) {
        return handle.createQuery(READS_AS_RENEWAL).bind("fact", fact).mapTo(Boolean.class).one();
    }

    /** The renewal links of each of these knowledge facts, to and from facts that are not rejected. */
    public static Map<Long, List<FactLink>> of(Handle handle, Collection<Long> ids) {
        Map<Long, List<FactLink>> links = new HashMap<>();
        if (ids.isEmpty()) {
            return links;
        }
        handle.createQuery(LINKS).bindList("ids", List.copyOf(ids))
                .map((row, ctx) -> Map.entry(row.getLong("fact"), link(row.getString("relation"), row.getLong("other"),
                        row.getString("identity_key"))))
                .forEach(e -> e.getValue().ifPresent(
                        link -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(link)));
        links.values().forEach(list -> list.sort(Comparator.comparing(FactLink::relation)
                .thenComparing(l -> l.otherYear().orElse(0))));
        return links;
    }

    private static Optional<FactLink> link(String relation, long other, String identityKey) {
        FactLink.Relation kind = relation.equals(RENEWS) ? FactLink.Relation.RENEWS : FactLink.Relation.RENEWED_BY;
        return AgreementKey.parse(identityKey).map(key -> new FactLink(kind, other, key.kind(), key.year()));
    }

    private record DocumentStatement(long id, String sentence, String identityKey) {
    }

    private record Agreement(long id, AgreementKey key) {
    }
}
