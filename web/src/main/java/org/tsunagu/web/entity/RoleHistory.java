package org.tsunagu.web.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.fact.Role;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.Participant;

/**
 * The holders of one title at one organisation, the latest reported first: a newer article names
 * a successor without erasing who held the title before, each with the dates of the articles
 * that report them.
 */
record RoleHistory(String title, Optional<Participant> org, List<CitedFact> holders) {

    private static final Comparator<CitedFact> LATEST_FIRST = Comparator
            .comparing((CitedFact f) -> f.lastSeen().orElse(""), Comparator.reverseOrder())
            .thenComparing(f -> f.firstSeen().orElse(""), Comparator.reverseOrder())
            .thenComparing(CitedFact::id, Comparator.reverseOrder());

    static List<RoleHistory> of(List<CitedFact> roles) {
        Map<String, List<CitedFact>> byTitle = new LinkedHashMap<>();
        for (CitedFact fact : roles) {
            Role role = (Role) fact.fact();
            String key = role.title().toLowerCase(Locale.ROOT) + "|" + org(fact).map(p -> p.entity()).orElse(0L);
            byTitle.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
        }
        List<RoleHistory> histories = new ArrayList<>();
        for (List<CitedFact> holders : byTitle.values()) {
            List<CitedFact> latestFirst = holders.stream().sorted(LATEST_FIRST).toList();
            CitedFact latest = latestFirst.get(0);
            histories.add(new RoleHistory(((Role) latest.fact()).title(), org(latest), latestFirst));
        }
        histories.sort(Comparator.comparing((RoleHistory h) -> h.holders().get(0), LATEST_FIRST));
        return histories;
    }

    private static Optional<Participant> org(CitedFact fact) {
        return fact.in("org").stream().findFirst();
    }

    static Optional<Participant> person(CitedFact fact) {
        return fact.in("person").stream().findFirst();
    }

    /** "as of 2024-05-02", or "2019-03 – 2021-08" when articles of several dates report it. */
    static String asOf(CitedFact fact) {
        Optional<String> first = fact.firstSeen();
        Optional<String> last = fact.lastSeen();
        if (first.isEmpty()) {
            return "date not known";
        }
        return first.equals(last) || last.isEmpty() ? "as of " + first.get() : first.get() + " – " + last.get();
    }
}
