package org.tsunagu.store.resolution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;

/**
 * The places Tsunagu knows from the reference data: each with its level (country, region for a
 * prefecture, province or state, city) and the place it lies in. Loaded once, read-only.
 */
final class Gazetteer {

    static final Gazetteer STANDARD = of(ReferencePlaces.standard());

    /** A known place: its reference id, English name, bare name ("ho chi minh"), level and parent's id. */
    record Place(String id, String name, String bare, Level level, String parentId) {
    }

    // Bare name to the places of that name, the one meant by the bare name first.
    private final Map<String, List<Place>> byBare;
    private final Map<String, String> aliasToBare;
    private final Map<String, Place> byId;

    private Gazetteer(Map<String, List<Place>> byBare, Map<String, String> aliasToBare, Map<String, Place> byId) {
        this.byBare = byBare;
        this.aliasToBare = aliasToBare;
        this.byId = byId;
    }

    /** The bare name the reference data spells this one as: "hcmc" and "saigon" are "ho chi minh". */
    String canonicalBare(String bare) {
        return aliasToBare.getOrDefault(bare, bare);
    }

    /** True when the reference data has places of this bare name at two levels (Kumamoto). */
    boolean isAmbiguous(String bare) {
        Set<Level> levels = EnumSet.noneOf(Level.class);
        byBare.getOrDefault(bare, List.of()).forEach(p -> levels.add(p.level()));
        return levels.size() > 1;
    }

    /** The place a bare name means at a level, or by default when the level is not said. */
    Optional<Place> find(String bare, Level level) {
        List<Place> places = byBare.getOrDefault(bare, List.of());
        if (level == null) {
            return places.stream().findFirst();
        }
        return places.stream().filter(p -> p.level() == level).findFirst();
    }

    Optional<Place> parentOf(Place place) {
        return Optional.ofNullable(byId.get(place.parentId()));
    }

    /**
     * Indexes the reference places by bare English name, the most prominent first (a country before
     * a prefecture of its name, that before a city, the larger of two cities first); their other
     * names, in any language, lead to that bare name unless they are some place's own.
     */
    static Gazetteer of(ReferencePlaces reference) {
        Map<String, List<Place>> byBare = new HashMap<>();
        Map<String, Place> byId = new HashMap<>();
        for (ReferencePlace p : reference.all()) {
            Place place = new Place(p.id(), p.name(), PlaceName.of(p.name()).bare(), Level.valueOf(p.level().name()),
                    p.parentId());
            byBare.computeIfAbsent(place.bare(), b -> new ArrayList<>(1)).add(place);
            byId.put(place.id(), place);
        }
        Map<String, String> aliases = new HashMap<>();
        for (ReferencePlace p : reference.all()) {
            for (ReferencePlace.Name alias : p.names()) {
                String bare = PlaceName.of(alias.text()).bare();
                if (!bare.isEmpty() && !byBare.containsKey(bare)) {
                    aliases.putIfAbsent(bare, byId.get(p.id()).bare());
                }
            }
        }
        return new Gazetteer(byBare, aliases, byId);
    }
}
