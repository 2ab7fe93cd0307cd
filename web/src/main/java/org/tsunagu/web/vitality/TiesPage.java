package org.tsunagu.web.vitality;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.vitality.RankedTies;
import org.tsunagu.store.vitality.TieKind;
import org.tsunagu.store.vitality.TieQuery;
import org.tsunagu.store.vitality.TieStatus;
import org.tsunagu.store.vitality.Vitality;
import org.tsunagu.web.PageLinks;

/**
 * The ranked view of ties: the liveliest first, filtered by kind, country and status, as of a
 * reference year; all ties, or one entity's.
 */
record TiesPage(RankedTies ranked, TieQuery query, Optional<Entity> entity, PageLinks paging, int thisYear) {

    String title() {
        return entity.map(e -> "Ties of " + e.name() + " by vitality").orElse("Ties by vitality") + " · Tsunagu";
    }

    List<Vitality> ties() {
        return ranked.ties().items();
    }

    /** The place of a tie in the ranking, from 1. */
    long rank(int index) {
        return query.offset() + index + 1L;
    }

    List<TieKind> kinds() {
        return List.of(TieKind.values());
    }

    List<TieStatus> statuses() {
        return List.of(TieStatus.values());
    }

    boolean selected(TieKind kind) {
        return query.kind().filter(kind::equals).isPresent();
    }

    boolean selected(TieStatus status) {
        return query.status().filter(status::equals).isPresent();
    }

    boolean selected(String country) {
        return query.country().filter(country::equals).isPresent();
    }

    /** The reference year when it is not this year; blank otherwise, so that the form leaves it out. */
    String asOf() {
        return query.asOf() == thisYear ? "" : String.valueOf(query.asOf());
    }

    /** This page's address with only the status changed: all statuses for null. */
    String withStatus(TieStatus status) {
        Map<String, String> parameters = new TreeMap<>(parameters(query, thisYear));
        parameters.remove("status");
        if (status != null) {
            parameters.put("status", status.code());
        }
        String search = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return search.isEmpty() ? TieRoutes.PATH : TieRoutes.PATH + "?" + search;
    }

    /** The filters of a query as the page's query string gives them, leaving out the reference year when it is this year. */
    static Map<String, String> parameters(TieQuery query, int thisYear) {
        Map<String, String> parameters = new LinkedHashMap<>();
        query.entity().ifPresent(id -> parameters.put("entity", String.valueOf(id)));
        query.kind().ifPresent(kind -> parameters.put("kind", kind.code()));
        query.country().ifPresent(country -> parameters.put("country", country));
        query.status().ifPresent(status -> parameters.put("status", status.code()));
        if (query.asOf() != thisYear) {
            parameters.put("as_of", String.valueOf(query.asOf()));
        }
        if (query.limit() != TieRequest.PAGE_SIZE) {
            parameters.put("limit", String.valueOf(query.limit()));
        }
        return parameters;
    }

    /** What the tie joins and where its ends lie: "between places · France, Japan". */
    static String where(Vitality vitality) {
        List<String> countries = Stream.of(vitality.tie().a().country(), vitality.tie().b().country())
                .flatMap(Optional::stream).distinct().toList();
        return vitality.tie().kind().words() + (countries.isEmpty() ? "" : " · " + String.join(", ", countries));
    }

    static Sparkline sparkline(Vitality vitality) {
        return Sparkline.of(vitality);
    }

    /** "4.2": a score to one decimal, which is as precise as the evidence is. */
    static String score(Vitality vitality) {
        return String.format(Locale.ROOT, "%.1f", vitality.score());
    }
}
