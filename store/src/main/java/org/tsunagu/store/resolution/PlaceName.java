package org.tsunagu.store.resolution;

import java.util.List;

/**
 * A place name without the word that says its level: "Da Nang City" is "da nang" at city level,
 * "Shizuoka prefecture" is "shizuoka" at region level, "Busan Metropolitan City" and "Free State of
 * Bavaria" are Busan and Bavaria, "Sakai" says no level.
 */
record PlaceName(String bare, Level said) {

    private record Designator(String words, Level level, boolean prefix) {
    }

    // Longer designators first: "Busan Metropolitan City" is Busan, not a city named "Busan Metropolitan".
    private static final List<Designator> DESIGNATORS = List.of(
            new Designator(" special administrative region", Level.REGION, false),
            new Designator(" metropolitan city", Level.CITY, false),
            new Designator(" special city", Level.CITY, false),
            new Designator(" capital city", Level.CITY, false),
            new Designator(" autonomous region", Level.REGION, false),
            new Designator(" prefecture", Level.REGION, false),
            new Designator(" province", Level.REGION, false),
            new Designator(" state", Level.REGION, false),
            new Designator(" region", Level.REGION, false),
            new Designator(" city", Level.CITY, false),
            new Designator(" municipality", Level.CITY, false),
            new Designator("free state of ", Level.REGION, true),
            new Designator("province of ", Level.REGION, true),
            new Designator("prefecture of ", Level.REGION, true),
            new Designator("city of ", Level.CITY, true));

    static PlaceName of(String name) {
        String cleaned = Names.clean(name);
        for (Designator d : DESIGNATORS) {
            if (d.prefix() ? cleaned.startsWith(d.words()) : cleaned.endsWith(d.words())) {
                String bare = d.prefix() ? cleaned.substring(d.words().length())
                        : cleaned.substring(0, cleaned.length() - d.words().length());
                if (!bare.isBlank()) {
                    return new PlaceName(bare.strip(), d.level());
                }
            }
        }
        return new PlaceName(cleaned, null);
    }
}
