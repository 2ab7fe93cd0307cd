package org.tsunagu.store.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.store.audit.AuditLog;
import org.tsunagu.store.knowledge.KnowledgeReader;

/**
 * Reads agreements with their follow-up: one by id, those whose term ends within some months, and
 * those whose commitments have had no news for a year. The lists read every agreement not
 * rejected, one by one: there are few agreements beside the other facts.
 */
public final class AgreementFollowUps {

    private static final String AGREEMENTS = """
            SELECT id FROM kb_facts WHERE type = 'agreement' AND review_state <> 'rejected' ORDER BY id""";

    /**
     * An entity named a party by fewer statements than this has its agreements found from those
     * statements; one named by more, a country in a large archive, from its agreements, newest
     * first, asking of each whether it is a party. Each way is quick where the other is slow: a
     * country is a party in thousands of statements (40–170 ms to gather them at a million
     * articles, against 2), a person who signs many agreements is a party to none of them (up to
     * 60 ms asking of each of 700).
     */
    static final int MANY_PARTY_STATEMENTS = 1_000;
    private static final String PARTY_STATEMENTS = """
            SELECT COUNT(*) FROM (SELECT 1 FROM fact_arguments
                                  WHERE resolved_id = :entity AND role = 'party' LIMIT :many) p""";
    private static final String OF_PARTY_BY_STATEMENTS = """
            SELECT DISTINCT f.kb_fact_id FROM facts f
            JOIN fact_arguments a ON a.fact_id = f.id
            JOIN kb_facts k ON k.id = f.kb_fact_id
            WHERE a.resolved_id = :entity AND a.role = 'party' AND f.type = 'agreement' AND k.review_state <> 'rejected'
            ORDER BY f.kb_fact_id DESC LIMIT :limit""";
    /** CROSS JOIN keeps SQLite from starting the question at the entity's arguments after all. */
    private static final String OF_PARTY_BY_AGREEMENTS = """
            SELECT x.kb_fact_id FROM kb_fact_entities x JOIN kb_facts k ON k.id = x.kb_fact_id
            WHERE x.entity_id = :entity AND x.type = 'agreement' AND k.review_state <> 'rejected'
              AND EXISTS (SELECT 1 FROM facts f CROSS JOIN fact_arguments a
                          WHERE f.kb_fact_id = x.kb_fact_id AND a.fact_id = f.id
                            AND a.resolved_id = :entity AND a.role = 'party')
            ORDER BY x.kb_fact_id DESC LIMIT :limit""";

    private AgreementFollowUps() {
    }

    public static Optional<AgreementFollowUp> find(Handle handle, long id, LocalDate today) {
        return KnowledgeReader.find(handle, id).filter(f -> f.fact() instanceof Agreement).map(f -> {
            Agreement agreement = (Agreement) f.fact();
            Optional<Cancellation> cancellation = AgreementCancellations.find(handle, id);
            AgreementStanding standing = AgreementStanding.of(agreement, f.links(), cancellation.isPresent(), today);
            List<List<LinkedActivity>> activity = CommitmentActivity.of(handle, f, agreement.commitments());
            return new AgreementFollowUp(f, standing, cancellation,
                    CommitmentStates.of(handle, id, agreement, f.lastSeen(), activity, today),
                    AuditLog.ofTarget(handle, "agreement:" + id));
        });
    }

    /** Agreements in force whose term ends within {@code months} of today, soonest first. */
    public static List<AgreementFollowUp> expiringWithin(Handle handle, LocalDate today, int months) {
        LocalDate until = today.plusMonths(months);
        return all(handle, today).stream()
                .filter(a -> a.standing().status() == AgreementStatus.IN_FORCE)
                .filter(a -> a.standing().expiry().map(AgreementStanding::lastDay).filter(d -> !d.isAfter(until)).isPresent())
                .sorted(Comparator.comparing(a -> AgreementStanding.lastDay(a.standing().expiry().orElseThrow())))
                .toList();
    }

    /** Agreements, not expired or cancelled, whose commitments have all gone a year without news. */
    public static List<AgreementFollowUp> quiet(Handle handle, LocalDate today) {
        return all(handle, today).stream()
                .filter(a -> a.standing().status() != AgreementStatus.EXPIRED && a.standing().status() != AgreementStatus.CANCELLED)
                .filter(AgreementFollowUp::quiet)
                .toList();
    }

    /**
     * The agreements the entity is a party to, at most {@code limit} of those learned last, the
     * latest signed first and the undated last.
     */
    public static List<AgreementFollowUp> ofParty(Handle handle, long entity, LocalDate today, int limit) {
        return agreementsOfParty(handle, entity, limit).stream()
                .map(id -> find(handle, id, today)).flatMap(Optional::stream)
                .sorted(Comparator.comparing((AgreementFollowUp a) -> a.agreement().date().orElse(null),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private static List<Long> agreementsOfParty(Handle handle, long entity, int limit) {
        boolean manyStatements = handle.createQuery(PARTY_STATEMENTS).bind("entity", entity)
                .bind("many", MANY_PARTY_STATEMENTS).mapTo(Long.class).one() >= MANY_PARTY_STATEMENTS;
        return agreementsOfParty(handle, entity, limit, manyStatements);
    }

    /** The ids of the entity's latest agreements as a party, found either way (a test holds the two ways alike). */
    static List<Long> agreementsOfParty(Handle handle, long entity, int limit, boolean fromAgreements) {
        Query agreements = fromAgreements ? handle.createQuery(OF_PARTY_BY_AGREEMENTS)
                : handle.createQuery(OF_PARTY_BY_STATEMENTS);
        return agreements.bind("entity", entity).bind("limit", limit).mapTo(Long.class).list();
    }

    /** Drops the editors' decisions on a knowledge fact about to be deleted (its last report moved to another fact). */
    public static void forget(Handle handle, long fact) {
        handle.createUpdate("DELETE FROM commitment_states WHERE kb_fact_id = :id").bind("id", fact).execute();
        handle.createUpdate("DELETE FROM agreement_cancellations WHERE kb_fact_id = :id").bind("id", fact).execute();
        ActivityDecisions.forget(handle, fact);
    }

    private static List<AgreementFollowUp> all(Handle handle, LocalDate today) {
        return handle.createQuery(AGREEMENTS).mapTo(Long.class).list().stream()
                .map(id -> find(handle, id, today)).flatMap(Optional::stream).toList();
    }
}
