package org.tsunagu.store.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;

/**
 * One real fact, however many documents report it: the best-supported report with canonical
 * entity names and a person's edits applied, its sources (one per report, the most confident
 * first, up to {@link KnowledgeReader#MOST_STATEMENTS} statements read; {@code sourcesInAll} counts
 * every report that states it) and the fields those sources disagree on.
 * {@code firstSeen} and {@code lastSeen} are the dates of the earliest and latest reporting
 * documents: a role holds as of those dates. {@code links} say which agreement this one renews
 * and which renew it.
 */
public record KnowledgeFact(long id, FactType type, String summary, Fact fact, ReviewState reviewState,
        Map<String, String> edits, double confidence, List<Source> sources, int sourcesInAll,
        List<Conflict> conflicts, Optional<String> firstSeen, Optional<String> lastSeen, List<FactLink> links) {

    public KnowledgeFact {
        links = List.copyOf(links);
        edits = Map.copyOf(edits);
        sources = List.copyOf(sources);
        conflicts = List.copyOf(conflicts);
    }
}
