package org.tsunagu.store.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places Tsunagu knows from reference data: each with its level (country, region for a
 * prefecture, province or state, city) and the place it lies in. Loaded once, read-only.
 */
final class Gazetteer {

    static final Gazetteer STANDARD = load("/reference/places.tsv");

    /** A known place: its name as listed, its bare name ("ho chi minh"), level and parent's entry. */
    record Place(String name, String bare, Level level, String parentName) {
    }

    // Bare name to the places of that name, the one meant by the bare name first.
    private final Map<String, List<Place>> byBare;
    private final Map<String, String> aliasToBare;
    private final Map<String, Place> byName;

    private Gazetteer(Map<String, List<Place>> byBare, Map<String, String> aliasToBare, Map<String, Place> byName) {
        this.byBare = byBare;
        this.aliasToBare = aliasToBare;
        this.byName = byName;
    }

    /** The bare name the reference data spells this one as: "hcmc" and "saigon" are "ho chi minh". */
    String canonicalBare(String bare) {
        return aliasToBare.getOrDefault(bare, bare);
    }

    /** True when the reference data has places of this bare name at two levels (Kumamoto). */
    boolean isAmbiguous(String bare) {
        return byBare.getOrDefault(bare, List.of()).size() > 1;
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
        return Optional.ofNullable(byName.get(place.parentName()));
    }

    static Gazetteer load(String resource) {
        Map<String, List<Place>> byBare = new LinkedHashMap<>();
        Map<String, String> aliases = new HashMap<>();
        Map<String, Place> byName = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                PlaceName name = PlaceName.of(fields[0]);
                Place place = new Place(fields[0], name.bare(), Level.valueOf(fields[1].toUpperCase(java.util.Locale.ROOT)),
                        fields[2]);
                byBare.computeIfAbsent(place.bare(), b -> new ArrayList<>()).add(place);
                byName.putIfAbsent(place.name(), place);
                for (String alias : fields[3].split(",")) {
                    if (!alias.isBlank()) {
                        aliases.put(PlaceName.of(alias).bare(), place.bare());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference places " + resource, e);
        }
        return new Gazetteer(byBare, aliases, byName);
    }
}
