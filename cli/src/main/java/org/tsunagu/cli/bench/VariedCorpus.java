package org.tsunagu.cli.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tsunagu.extraction.Extractor;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.fact.Argument;

/**
 * Articles about ever different places and people, for the search and web benchmarks. Copies of
 * the samples would collapse in the knowledge base into the few thousand facts the samples
 * state, however many statements were stored; here each article is a sample whose place and
 * person names are swapped, article by article, for cities of the reference data and made-up
 * people, so that a hundred thousand facts are a hundred thousand different things, tied into a
 * graph by the organisations that keep their names (JETRO stays JETRO).
 */
final class VariedCorpus {

    private static final Pattern ASCII_NAME = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+)?");
    private static final List<String> FAMILY_NAMES = List.of("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe",
            "Ito", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang",
            "Bui", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Kim", "Lee", "Park", "Choi",
            "Jung", "Kang", "Müller", "Schmidt", "Rossi", "Dubois", "Garcia", "Silva", "Smith", "Novak");
    private static final List<String> GIVEN_NAMES = List.of("Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Minh",
            "Lan", "Anh", "Tuan", "Hoa", "Quang", "Wei", "Fang", "Jun", "Lei", "Mei", "Tao", "Jisoo", "Minjun",
            "Seoyeon", "Hana", "Lukas", "Elena", "Marco", "Claire", "Sofia", "Daniel", "Amara", "Ravi");

    private final List<Sample> samples;
    private final List<String> cities;

    private VariedCorpus(List<Sample> samples, List<String> cities) {
        this.samples = samples;
        this.cities = cities;
    }

    /** Reads the names of places and people in each sample with {@code extractor}, once. */
    static VariedCorpus of(List<Document> documents, Extractor extractor, ReferencePlaces places) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no sample articles to build a benchmark corpus from");
        }
        List<Sample> samples = new ArrayList<>();
        for (Document document : documents) {
            samples.add(new Sample(document, swappableNames(extractor.extract(document).facts())));
        }
        List<String> cities = places.all().stream()
                .filter(place -> place.level() == ReferencePlace.Level.CITY)
                .map(ReferencePlace::name)
                .filter(name -> ASCII_NAME.matcher(name).matches())
                .distinct()
                .toList();
        return new VariedCorpus(List.copyOf(samples), cities);
    }

    /** Article {@code number} of the endless series: the same number gives the same article. */
    Document article(int number) {
        Sample sample = samples.get(number % samples.size());
        SplittableRandom random = new SplittableRandom(number);
        Map<String, String> swaps = new HashMap<>();
        for (Map.Entry<String, EntityType> name : sample.names().entrySet()) {
            swaps.put(name.getKey(), name.getValue() == EntityType.PERSON ? person(random) : city(random));
        }
        Matcher names = sample.pattern().matcher(sample.document().text());
        StringBuilder text = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(text, Matcher.quoteReplacement(swaps.get(names.group())));
        }
        names.appendTail(text);
        return Document.of("varied-" + number, "generated", text.toString());
    }

    private String city(SplittableRandom random) {
        return cities.get(random.nextInt(cities.size()));
    }

    private static String person(SplittableRandom random) {
        return GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())) + " "
                + FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()));
    }

    private static Map<String, EntityType> swappableNames(List<Fact> facts) {
        Map<String, EntityType> names = new HashMap<>();
        for (Fact fact : facts) {
            for (Argument argument : Argument.of(fact)) {
                EntityRef entity = argument.entity();
                if (entity.type() == EntityType.PLACE || entity.type() == EntityType.PERSON) {
                    names.putIfAbsent(entity.name(), entity.type());
                }
            }
        }
        return names;
    }

    /** A sample, the names to swap in it, and a pattern that finds them, the longest first. */
    private record Sample(Document document, Map<String, EntityType> names, Pattern pattern) {

        Sample(Document document, Map<String, EntityType> names) {
            this(document, Map.copyOf(names), alternatives(names.keySet()));
        }

        private static Pattern alternatives(Set<String> names) {
            if (names.isEmpty()) {
                return Pattern.compile("(?!)");
            }
            String longestFirst = names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote).collect(Collectors.joining("|"));
            return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + longestFirst + ")(?![\\p{L}\\p{N}])");
        }
    }
}
