package org.tsunagu.cli.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;

/**
 * The places generated articles tie together, drawn from the bundled reference data: Japanese
 * prefectures and cities on one side, provinces, states and cities of the countries Japanese
 * localities most often partner with on the other.
 */
record Localities(List<Locality> japanese, List<Locality> partners) {

    /** A place as an article names it: its name, what it is ("prefecture", "city") and its country. */
    record Locality(String name, String kind, String country, String countryName) {

        boolean isCity() {
            return "city".equals(kind);
        }

        /** "Quang Ninh province", "the city of Hue": the place with what it is, as a lead sentence says it. */
        String described() {
            return isCity() ? "the city of " + name : name + " " + kind;
        }

        /** "Japan's Shizuoka prefecture", "the Japanese city of Sakai": the same, with its country. */
        String describedWithCountry() {
            return isCity() ? "the " + adjective() + " city of " + name : countryName + "'s " + name + " " + kind;
        }

        private String adjective() {
            return switch (country) {
                case "JP" -> "Japanese";
                case "VN" -> "Vietnamese";
                case "CN" -> "Chinese";
                case "KR" -> "South Korean";
                case "TH" -> "Thai";
                case "ID" -> "Indonesian";
                case "IN" -> "Indian";
                default -> "Philippine";
            };
        }
    }

    /** The countries' names as English news writes them (the reference data has ISO's "Viet Nam"). */
    private static final Map<String, String> COUNTRY_NAMES = Map.of("JP", "Japan", "VN", "Vietnam", "CN", "China",
            "KR", "South Korea", "TH", "Thailand", "ID", "Indonesia", "IN", "India", "PH", "the Philippines");
    /** Cities smaller than this are seldom in the news abroad; the bigger ones make articles look real. */
    private static final long CITY_POPULATION = 250_000;
    /** Plain Latin names: the articles are English and their names must read as one. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?");

    Localities {
        if (japanese.isEmpty() || partners.isEmpty()) {
            throw new IllegalArgumentException("the reference data has no places to generate articles about");
        }
        japanese = List.copyOf(japanese);
        partners = List.copyOf(partners);
    }

    static Localities of(ReferencePlaces places) {
        List<Locality> all = places.all().stream()
                .filter(place -> place.level() != ReferencePlace.Level.COUNTRY)
                .filter(place -> PLAIN_NAME.matcher(place.name()).matches())
                .filter(place -> place.level() == ReferencePlace.Level.REGION || place.population() >= CITY_POPULATION)
                .map(place -> {
                    String country = places.countryOf(place).id();
                    String kind = place.level() == ReferencePlace.Level.CITY ? "city" : place.kind();
                    return new Locality(place.name(), kind, country, COUNTRY_NAMES.getOrDefault(country, ""));
                })
                .distinct()
                .toList();
        return new Localities(all.stream().filter(l -> l.country().equals("JP")).toList(),
                all.stream().filter(l -> !l.country().equals("JP") && COUNTRY_NAMES.containsKey(l.country())).toList());
    }

    Locality japanese(SplittableRandom random) {
        return Lexicon.pick(random, japanese);
    }

    Locality partner(SplittableRandom random) {
        return Lexicon.pick(random, partners);
    }
}
