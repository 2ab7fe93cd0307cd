package org.tsunagu.store.vitality;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.fact.Page;

/**
 * Ranks ties by vitality: reads them in one query, scores each (see {@link VitalityScore}) and
 * orders them by score, then by their latest year and their number of facts, then by name.
 */
public final class TieRanking {

    private static final Comparator<Vitality> LIVELIEST_FIRST = Comparator
            .comparingDouble(Vitality::score).reversed()
            .thenComparing(v -> v.lastYear().orElse(Integer.MIN_VALUE), Comparator.reverseOrder())
            .thenComparing(v -> v.tie().facts().size(), Comparator.reverseOrder())
            .thenComparing(v -> v.tie().a().name())
            .thenComparing(v -> v.tie().b().name())
            .thenComparing(v -> v.tie().a().id());

    private TieRanking() {
    }

    public static RankedTies rank(Handle handle, TieQuery query) {
        List<Tie> ties = TieReader.ties(handle, query.entity(), query.recentFacts());
        Optional<Integer> fromRecentFacts = query.entity()
                .filter(entity -> TieReader.namedByMoreFacts(handle, entity, query.recentFacts()))
                .map(entity -> query.recentFacts());
        List<String> countries = List.copyOf(ties.stream()
                .flatMap(t -> Stream.of(t.a().country(), t.b().country()).flatMap(Optional::stream))
                .collect(Collectors.toCollection(TreeSet::new)));
        List<Vitality> chosen = ties.stream()
                .filter(t -> query.kind().map(kind -> t.kind() == kind).orElse(true))
                .filter(t -> query.country().map(t::touches).orElse(true))
                .map(t -> VitalityScore.of(t, query.asOf()))
                .toList();
        Map<TieStatus, Long> statuses = new EnumMap<>(TieStatus.class);
        chosen.forEach(v -> statuses.merge(v.status(), 1L, Long::sum));
        List<Vitality> ranked = chosen.stream()
                .filter(v -> query.status().map(status -> v.status() == status).orElse(true))
                .sorted(LIVELIEST_FIRST).toList();
        List<Vitality> page = ranked.stream().skip(query.offset()).limit(query.limit()).toList();
        return new RankedTies(new Page<>(ranked.size(), page), countries, statuses, fromRecentFacts);
    }
}
