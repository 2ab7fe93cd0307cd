package org.tsunagu.store.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.Commitment;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeReader;

/**
 * Suggests the later facts that carry out an agreement's commitments: events, agreements and
 * investments between the same parties (two of them, or the one there is), first reported after
 * the agreement, whose summary or evidence shares key words with a commitment (two, or the one a
 * short commitment has). Found when the agreement is read, through the index of arguments by entity.
 * Each carries the editors' decision on it; a fact an editor confirmed stays linked even when the
 * words no longer match (a later report may have changed its summary).
 */
final class CommitmentActivity {

    private static final String PARTIES = """
            SELECT DISTINCT a.resolved_id FROM facts f JOIN fact_arguments a ON a.fact_id = f.id
            WHERE f.kb_fact_id = :fact AND a.role = 'party' AND a.resolved_id IS NOT NULL""";
    /**
     * A party's latest learned facts, {@link #RECENT_PER_PARTY} of them, that name enough of the
     * parties (whether each was first reported after the agreement is read from its sources): a
     * walk down one index per party, so that an agreement with a country named by a million facts
     * costs what one between two towns does.
     */
    private static final String LATER_WITH_PARTIES = """
            SELECT w.kb_fact_id FROM (
                SELECT x.kb_fact_id FROM kb_fact_entities x
                WHERE x.entity_id = :party AND x.kb_fact_id <> :fact AND x.type IN ('event', 'agreement', 'investment')
                ORDER BY x.kb_fact_id DESC LIMIT :recent) w
            WHERE (SELECT COUNT(*) FROM kb_fact_entities y
                   WHERE y.kb_fact_id = w.kb_fact_id AND y.entity_id IN (<parties>)) >= :needed""";
    private static final int RECENT_PER_PARTY = 500;
    /**
     * How many of those, the most recently learned, are read whole for their words: reading up to
     * a thousand with every statement, for each of a prefecture's twenty latest agreements, was
     * most of its page's time at 100,000 articles.
     */
    private static final int MOST_LATER_FACTS = 100;
    private static final int MOST_WORDS_NEEDED = 2;

    private CommitmentActivity() {
    }

    /** For each commitment (by position), the later facts that share its key words. */
    static List<List<LinkedActivity>> of(Handle handle, KnowledgeFact agreement, List<Commitment> commitments) {
        List<List<LinkedActivity>> out = new ArrayList<>();
        List<Report> reports = laterReports(handle, agreement);
        Map<String, Map<Long, ActivityDecision>> decisions = ActivityDecisions.of(handle, agreement.id());
        for (Commitment c : commitments) {
            Map<Long, ActivityDecision> decided = new HashMap<>(
                    decisions.getOrDefault(CommitmentStates.keyOf(c.text()), Map.of()));
            Set<String> words = CommitmentWords.of(c.text());
            int needed = Math.min(MOST_WORDS_NEEDED, words.size());
            List<LinkedActivity> found = new ArrayList<>();
            for (Report r : reports) {
                Set<String> shared = CommitmentWords.shared(words, r.words());
                if (needed > 0 && shared.size() >= needed) {
                    ActivityDecision decision = Optional.ofNullable(decided.remove(r.fact().id())).orElse(ActivityDecision.SUGGESTED);
                    found.add(new LinkedActivity(r.fact().id(), r.fact().summary(), r.fact().firstSeen(), List.copyOf(shared),
                            decision));
                }
            }
            decided.forEach((id, decision) -> {
                if (decision == ActivityDecision.CONFIRMED) {
                    KnowledgeReader.find(handle, id).ifPresent(f -> found.add(
                            new LinkedActivity(id, f.summary(), f.firstSeen(), List.of(), decision)));
                }
            });
            out.add(found);
        }
        return out;
    }

    private static List<Report> laterReports(Handle handle, KnowledgeFact agreement) {
        List<Long> parties = handle.createQuery(PARTIES).bind("fact", agreement.id()).mapTo(Long.class).list();
        if (parties.isEmpty() || agreement.firstSeen().isEmpty()) {
            return List.of();
        }
        String since = agreement.firstSeen().get();
        TreeSet<Long> later = new TreeSet<>();
        for (long party : parties) {
            later.addAll(handle.createQuery(LATER_WITH_PARTIES).bind("party", party).bind("fact", agreement.id())
                    .bind("recent", RECENT_PER_PARTY).bindList("parties", parties)
                    .bind("needed", Math.min(2, parties.size())).mapTo(Long.class).list());
        }
        List<Long> newest = later.descendingSet().stream().limit(MOST_LATER_FACTS).sorted().toList();
        // findAll keeps the order of the ids given: the reports come out oldest first.
        return KnowledgeReader.findAll(handle, newest).stream()
                .filter(f -> f.firstSeen().map(seen -> seen.compareTo(since) > 0).orElse(false))
                .map(f -> new Report(f, words(f)))
                .toList();
    }

    private static Set<String> words(KnowledgeFact fact) {
        Set<String> words = new LinkedHashSet<>(CommitmentWords.of(fact.summary()));
        fact.sources().forEach(s -> words.addAll(CommitmentWords.of(s.sentence())));
        return words;
    }

    private record Report(KnowledgeFact fact, Set<String> words) {
    }
}
