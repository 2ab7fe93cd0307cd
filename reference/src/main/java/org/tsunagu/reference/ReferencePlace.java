package org.tsunagu.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place of the reference data: a country (its ISO 3166-1 code as id), a first-level subdivision
 * such as a prefecture or province (ISO 3166-2 code) or a city (GeoNames id, or the ISO code of a
 * subdivision that is a city, such as Đà Nẵng). {@code population} is 0 when not known. {@code kind}
 * is what English calls the place: "country", "city", or its ISO 3166-2 subdivision type in lower case
 * ("prefecture", "province", "state", "municipality", "metropolitan city"). {@code coordinates} say where
 * to draw it on a map: a city's own position, a country's or subdivision's capital or seat.
 */
public record ReferencePlace(String id, Level level, String name, String parentId, long population, List<Name> names,
        String kind, Optional<Coordinates> coordinates) {

    public enum Level { COUNTRY, REGION, CITY }

    /**
     * A name in a language: {@code en}, {@code ja}, {@code zh-Hans}, {@code zh-Hant}, {@code vi}, {@code ko}, or
     * {@code native}, the name ISO 3166-2 or GeoNames gives in the country's own language ("Gunma",
     * "Guangdong Sheng", "Đà Nẵng").
     */
    public record Name(String language, String text) {
    }

    /** A point in decimal degrees (WGS 84), north and east positive. */
    public record Coordinates(double latitude, double longitude) {

        public Coordinates {
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                throw new IllegalArgumentException("no point on Earth: " + latitude + ", " + longitude);
            }
        }
    }

    public ReferencePlace {
        names = List.copyOf(names);
        Objects.requireNonNull(coordinates, "coordinates");
    }

    /** The canonical English name, then the other names. */
    public List<Name> allNames() {
        List<Name> all = new ArrayList<>(names.size() + 1);
        all.add(new Name("en", name));
        all.addAll(names);
        return all;
    }

    public boolean isCountry() {
        return level == Level.COUNTRY;
    }
}
