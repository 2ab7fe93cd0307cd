package org.tsunagu.store.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.graph.Countries;

/**
 * Ranks the places and organisations an entity has no tie with yet as partners, from the graph
 * around it: partners of its partners (sister cities of its sister cities count most), places in
 * the same region as its partners, entities that state the same interests, and the sectors that
 * investors in a candidate work in. Each reason adds to the score and is kept in words.
 *
 * <p>Bounded, never all-pairs: the entity's ties, its partners' ties ({@link Neighbourhood}'s
 * bounds), the places of its partners' regions and the stated interests are read to limits, and
 * only the {@link #MAX_CANDIDATES} best candidates so far are read in full.
 */
public final class PartnerSuggestions {

    static final double SHARED_SECTOR = 3;
    static final double SISTER_OF_PARTNER = 2.5;
    static final double PARTNER_OF_PARTNER = 1.5;
    static final double WANTED_REGION = 2;
    static final double NEIGHBOUR_OF_PARTNER = 1;
    static final double INVESTOR_SECTOR = 1;
    private static final int MAX_PARTNERS = 50;
    private static final int MAX_NEIGHBOURS = 200;
    private static final int MAX_CANDIDATES = 60;
    private static final int MAX_STATED = 2_000;
    private static final int MAX_SHOWN_SECTORS = 3;
    /** Stands for the candidate's name in a reason until its name is read. */
    private static final String CANDIDATE = "{candidate}";

    private static final String STATED_SECTORS = """
            SELECT COALESCE(e.merged_into, e.id) AS entity, s.value FROM interest_statements s
            JOIN kb_entities e ON e.id = s.entity_id WHERE s.kind = 'sector'
            UNION ALL
            SELECT entity_id AS entity, label AS value FROM interest_edits WHERE kind = 'sector' AND present = 1
            LIMIT :limit""";
    private static final String INVESTOR_SECTORS = """
            SELECT DISTINCT j.value FROM kb_fact_entities x
            JOIN facts f ON f.kb_fact_id = x.kb_fact_id
            JOIN fact_arguments a ON a.fact_id = f.id AND a.role = 'destination' AND a.resolved_id = x.entity_id,
                 json_each(f.payload, '$.sectors') j
            WHERE x.entity_id = :entity AND x.type = 'investment'
            LIMIT :limit""";

    private final Handle handle;
    private final Neighbourhood graph;

    private PartnerSuggestions(Handle handle) {
        this.handle = handle;
        this.graph = new Neighbourhood(handle);
    }

    /** The best suggestions for the entity, best first; none for an unknown entity or a person. */
    public static List<PartnerSuggestion> of(Handle handle, long entity, int limit) {
        return new PartnerSuggestions(handle).suggest(entity, limit);
    }

    private List<PartnerSuggestion> suggest(long entity, int limit) {
        Neighbourhood.Node self = graph.nodes(List.of(entity)).get(entity);
        if (self == null || !isPartnerType(self.type())) {
            return List.of();
        }
        InterestProfile profile = InterestProfiles.of(handle, entity);
        Map<Long, Boolean> partners = new LinkedHashMap<>();
        graph.tiesOf(List.of(entity)).getOrDefault(entity, List.of()).stream().limit(MAX_PARTNERS)
                .forEach(tie -> partners.put(tie.to(), tie.sister()));
        Set<Long> excluded = new HashSet<>(partners.keySet());
        excluded.add(entity);
        ProposedTies.of(handle, entity).forEach(tie -> excluded.add(tie.partner()));
        self.parent().ifPresent(excluded::add);

        Map<Long, Candidate> candidates = new LinkedHashMap<>();
        Map<Long, Neighbourhood.Node> partnerNodes = graph.nodes(partners.keySet());
        graph.tiesOf(partners.keySet()).forEach((partner, ties) -> ties.forEach(tie -> {
            if (!excluded.contains(tie.to())) {
                String partnerName = partnerNodes.containsKey(partner) ? partnerNodes.get(partner).name() : "#" + partner;
                candidates.computeIfAbsent(tie.to(), Candidate::new).add(tie.sister() ? SISTER_OF_PARTNER : PARTNER_OF_PARTNER,
                        (tie.sister() ? CANDIDATE + " is a sister city of your partner " : CANDIDATE + " already works with your partner ")
                                + partnerName);
            }
        }));
        addNeighboursOfPartners(partnerNodes.values(), excluded, candidates);
        addSameInterests(entity, profile, excluded, candidates);

        List<Candidate> best = candidates.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(c -> c.id))
                .limit(MAX_CANDIDATES).toList();
        Map<Long, Neighbourhood.Node> nodes = graph.nodes(best.stream().map(c -> c.id).toList());
        Map<Long, String> countries = Countries.of(handle, nodes.keySet());
        List<PartnerSuggestion> out = new ArrayList<>();
        for (Candidate c : best) {
            Neighbourhood.Node node = nodes.get(c.id);
            if (node == null || !isPartnerType(node.type()) || node.isCountry() && !self.isCountry()
                    || node.parent().filter(p -> p == entity).isPresent()) {
                continue;
            }
            readInFull(c, node, profile, countries.get(c.id));
            if (c.reasons.isEmpty()) {
                continue;
            }
            out.add(new PartnerSuggestion(c.id, node.name(), node.type(), c.score(),
                    c.reasons.stream().map(r -> r.replace(CANDIDATE, node.name())).toList()));
        }
        out.sort(Comparator.comparingDouble(PartnerSuggestion::score).reversed().thenComparing(PartnerSuggestion::name));
        return out.stream().limit(limit).toList();
    }

    /** "Kobe is in Hyogo, like your partner Himeji": places of the regions the entity's partners lie in. */
    private void addNeighboursOfPartners(Collection<Neighbourhood.Node> partners, Set<Long> excluded,
            Map<Long, Candidate> candidates) {
        Map<Long, List<Neighbourhood.Node>> byRegion = new HashMap<>();
        partners.stream().filter(p -> p.type() == EntityType.PLACE)
                .forEach(p -> p.parent().ifPresent(region -> byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(p)));
        Map<Long, Neighbourhood.Node> regions = graph.nodes(byRegion.keySet());
        regions.values().removeIf(Neighbourhood.Node::isCountry);
        List<Long> places = graph.placesWithin(regions.keySet(), MAX_NEIGHBOURS);
        Map<Long, Neighbourhood.Node> placeNodes = graph.nodes(places);
        placeNodes.values().stream().filter(p -> !excluded.contains(p.id()) && p.parent().isPresent()).forEach(place -> {
            long region = place.parent().get();
            Neighbourhood.Node partner = byRegion.get(region).get(0);
            candidates.computeIfAbsent(place.id(), Candidate::new).add(NEIGHBOUR_OF_PARTNER,
                    CANDIDATE + " is in " + regions.get(region).name() + ", like your partner " + partner.name());
        });
    }

    /** Entities that state an interest in a sector the entity is interested in. */
    private void addSameInterests(long entity, InterestProfile profile, Set<Long> excluded, Map<Long, Candidate> candidates) {
        if (profile.sectors().isEmpty()) {
            return;
        }
        Set<String> wanted = profile.sectorKeys();
        handle.createQuery(STATED_SECTORS).bind("limit", MAX_STATED)
                .map((row, ctx) -> Map.entry(row.getLong("entity"), InterestKeys.of(row.getString("value"))))
                .forEach(e -> {
                    if (e.getKey() != entity && !excluded.contains(e.getKey()) && wanted.contains(e.getValue())) {
                        candidates.computeIfAbsent(e.getKey(), Candidate::new);
                    }
                });
    }

    /** Adds what the candidate's own profile and its investors say: shared sectors, wanted regions. */
    private void readInFull(Candidate c, Neighbourhood.Node node, InterestProfile profile, String country) {
        InterestProfile theirs = InterestProfiles.of(handle, c.id);
        List<String> shared = profile.sectors().stream().filter(i -> theirs.sectorKeys().contains(i.key()))
                .map(Interest::label).toList();
        if (!shared.isEmpty()) {
            c.add(SHARED_SECTOR * shared.size(), "both interested in " + words(shared));
        }
        Set<String> where = new LinkedHashSet<>();
        where.add(InterestKeys.of(node.name()));
        if (country != null) {
            where.add(InterestKeys.of(country));
        }
        profile.regions().stream().filter(r -> where.contains(r.key())).findFirst()
                .ifPresent(r -> c.add(WANTED_REGION, "you look for partners in " + r.label()));
        Set<String> investorSectors = new LinkedHashSet<>();
        handle.createQuery(INVESTOR_SECTORS).bind("entity", c.id).bind("limit", InterestProfiles.MAX_ROWS)
                .mapTo(String.class).forEach(s -> {
                    if (profile.sectorKeys().contains(InterestKeys.of(s))) {
                        investorSectors.add(s);
                    }
                });
        if (!investorSectors.isEmpty()) {
            c.add(INVESTOR_SECTOR * investorSectors.size(), "investors in " + CANDIDATE + " work in " + words(List.copyOf(investorSectors)));
        }
    }

    private static boolean isPartnerType(EntityType type) {
        return type == EntityType.PLACE || type == EntityType.ORGANISATION;
    }

    /** "tourism", "tourism and logistics", "tourism, logistics and robotics" (at most three). */
    private static String words(List<String> items) {
        List<String> shown = items.stream().limit(MAX_SHOWN_SECTORS).toList();
        return shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    /** A candidate's score so far, and its reasons with {@link #CANDIDATE} for its name. */
    private static final class Candidate {
        final long id;
        final List<String> reasons = new ArrayList<>();
        double score;

        Candidate(long id) {
            this.id = id;
        }

        void add(double points, String reason) {
            score += points;
            if (!reasons.contains(reason)) {
                reasons.add(reason);
            }
        }

        double score() {
            return score;
        }
    }
}
