package org.tsunagu.store.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.time.PartialDate;

/**
 * The year an undated report of an agreement is keyed by: an article that says "the MOU" in one
 * sentence and dates the signing in another reports one agreement, so an undated report joins the
 * only year its own document gives an agreement of the same kind and parties. When the document
 * gives none, or several (an old and a new MOU), it cannot be told which is meant and the report
 * stays undated: one "date not stated" agreement of that kind and parties across documents. Only
 * the document's own statements count, so the result does not depend on the order of ingest.
 */
final class UndatedAgreements {

    private final Map<String, Set<Integer>> yearsByTerms;
    private final Map<EntityRef, Long> ids;

    private UndatedAgreements(Map<String, Set<Integer>> yearsByTerms, Map<EntityRef, Long> ids) {
        this.yearsByTerms = yearsByTerms;
        this.ids = ids;
    }

    /** The agreements one document reports, their arguments' entities in {@code ids}. */
    static UndatedAgreements in(List<? extends Fact> documentFacts, Map<EntityRef, Long> ids) {
        Map<String, Set<Integer>> years = new HashMap<>();
        for (Fact fact : documentFacts) {
            if (fact instanceof Agreement a && a.date().isPresent()) {
                AgreementKey key = AgreementKey.of(a, ids);
                years.computeIfAbsent(key.terms(), t -> new TreeSet<>()).add(a.date().get().year());
            }
        }
        return new UndatedAgreements(years, ids);
    }

    /**
     * {@link #keyedAs} for a stored statement whose entities changed (a merge or a split): the
     * other agreements of its document are read with the entities they now name.
     */
    static Fact storedKeyedAs(Handle handle, long statement, Fact fact, Map<EntityRef, Long> ids) {
        if (!(fact instanceof Agreement a) || a.date().isPresent()) {
            return fact;
        }
        Map<EntityRef, Long> allIds = new HashMap<>(ids);
        List<Fact> siblings = new ArrayList<>();
        handle.createQuery("""
                SELECT id, payload FROM facts WHERE type = 'agreement' AND id <> :id
                  AND document_id = (SELECT document_id FROM facts WHERE id = :id)""")
                .bind("id", statement)
                .map((row, ctx) -> Map.entry(row.getLong("id"), row.getString("payload")))
                .list()
                .forEach(row -> {
                    Fact sibling = KnowledgeFacts.read(row.getValue());
                    siblings.add(sibling);
                    allIds.putAll(KnowledgeFacts.argumentEntities(handle, row.getKey(), sibling));
                });
        return in(siblings, allIds).keyedAs(fact);
    }

    /** The fact to key {@code fact} by: an undated agreement with its document's only year, else the fact itself. */
    Fact keyedAs(Fact fact) {
        if (!(fact instanceof Agreement a) || a.date().isPresent()) {
            return fact;
        }
        Set<Integer> years = yearsByTerms.getOrDefault(AgreementKey.of(a, ids).terms(), Set.of());
        if (years.size() != 1) {
            return fact;
        }
        return new Agreement(a.parties(), a.kind(), Optional.of(PartialDate.ofYear(years.iterator().next())),
                a.signatories(), a.fields(), a.evidence(), a.confidence()).withTerms(a.term(), a.commitments());
    }
}
