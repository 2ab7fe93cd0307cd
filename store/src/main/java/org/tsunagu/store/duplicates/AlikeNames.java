package org.tsunagu.store.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.tsunagu.store.text.Folding;

/**
 * Pairs of entities whose names are alike, found as OpenRefine finds clusters: names whose
 * fingerprints collide, then nearest neighbours by Jaro-Winkler similarity. Only names that share
 * enough character trigrams are compared (blocking), so the work grows with the number of alike
 * names rather than with the square of the number of entities.
 */
final class AlikeNames {

    /** Jaro-Winkler similarity of folded names from which two entities may be one. */
    static final double SIMILAR = 0.9;
    private static final int GRAM = 3;
    /** A trigram that this many names share ("ity", "ion") tells nothing, and following it would compare them all. */
    private static final int COMMON_GRAM = 400;
    /** Share of trigrams (Dice) two names need before they are compared letter by letter. */
    private static final double OVERLAP = 0.4;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private AlikeNames() {
    }

    /** One pair per two entities of a kind with alike names, with the most alike of their names. */
    static List<NamePair> among(List<NamedEntity> entities) {
        Map<String, List<NamedEntity>> byType = new LinkedHashMap<>();
        entities.forEach(e -> byType.computeIfAbsent(e.type(), type -> new ArrayList<>()).add(e));
        Map<List<Long>, NamePair> pairs = new LinkedHashMap<>();
        byType.values().forEach(ofType -> among(units(ofType), pairs));
        return List.copyOf(pairs.values());
    }

    private static void among(List<Unit> units, Map<List<Long>, NamePair> pairs) {
        Map<String, List<Integer>> byFingerprint = new HashMap<>();
        Map<String, List<Integer>> byGram = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byFingerprint.computeIfAbsent(units.get(i).fingerprint(), key -> new ArrayList<>()).add(i);
            for (String gram : units.get(i).grams()) {
                byGram.computeIfAbsent(gram, key -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> collided : byFingerprint.values()) {
            if (collided.size() > COMMON_GRAM || units.get(collided.get(0)).fingerprint().isEmpty()) {
                continue;
            }
            for (int i : collided) {
                for (int j : collided) {
                    keep(pairs, units.get(i), units.get(j), 1.0, true);
                }
            }
        }
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            Map<Integer, Integer> shared = new HashMap<>();
            for (String gram : unit.grams()) {
                List<Integer> holders = byGram.get(gram);
                if (holders.size() <= COMMON_GRAM) {
                    for (int j : holders) {
                        if (j > i) {
                            shared.merge(j, 1, Integer::sum);
                        }
                    }
                }
            }
            shared.forEach((j, count) -> {
                Unit other = units.get(j);
                if (2.0 * count / (unit.grams().size() + other.grams().size()) >= OVERLAP) {
                    double similarity = JARO_WINKLER.apply(unit.folded(), other.folded());
                    if (similarity >= SIMILAR && everyWordMatched(unit, other)) {
                        keep(pairs, unit, other, similarity, false);
                    }
                }
            });
        }
    }

    /** Keeps the most alike names of two entities; a fingerprint collision beats a similarity. */
    private static void keep(Map<List<Long>, NamePair> pairs, Unit x, Unit y, double similarity, boolean sameFingerprint) {
        if (x.entity().id() == y.entity().id() || x.entity().knownApartFrom(y.entity())) {
            return;
        }
        Unit first = x.entity().id() < y.entity().id() ? x : y;
        Unit second = first == x ? y : x;
        NamePair pair = new NamePair(first.entity(), second.entity(), first.name(), second.name(), similarity,
                sameFingerprint);
        pairs.merge(List.of(first.entity().id(), second.entity().id()), pair, NamePair::closer);
    }

    /**
     * Whether every word of the name with fewer words has an alike word in the other. Names alike
     * as a whole can differ in the one word that tells them apart: another city ("Kobe Chamber of
     * Commerce", "Osaka Chamber of Commerce") or another given name ("Park Jin-ho", "Park Ji-won").
     */
    private static boolean everyWordMatched(Unit x, Unit y) {
        List<String> fewer = x.words().size() <= y.words().size() ? x.words() : y.words();
        List<String> more = fewer == x.words() ? y.words() : x.words();
        return fewer.stream().allMatch(word -> more.stream().anyMatch(other -> JARO_WINKLER.apply(word, other) >= SIMILAR));
    }

    /** Each name of each entity, once per folded form. */
    private static List<Unit> units(List<NamedEntity> entities) {
        List<Unit> units = new ArrayList<>();
        for (NamedEntity entity : entities) {
            Set<String> seen = new LinkedHashSet<>();
            for (String name : entity.names()) {
                String folded = Folding.fold(name);
                if (seen.add(folded)) {
                    units.add(new Unit(entity, name, folded, NameFingerprint.of(name), NameFingerprint.words(name),
                            grams(NameFingerprint.letters(name))));
                }
            }
        }
        return units;
    }

    private static Set<String> grams(String letters) {
        Set<String> grams = new LinkedHashSet<>();
        if (letters.length() < GRAM) {
            grams.add(letters);
        }
        for (int i = 0; i + GRAM <= letters.length(); i++) {
            grams.add(letters.substring(i, i + GRAM));
        }
        return grams;
    }

    /** One name of an entity, in the forms comparisons use. */
    private record Unit(NamedEntity entity, String name, String folded, String fingerprint, List<String> words,
            Set<String> grams) {
    }

    /** Two entities of a kind, by id order, with their most alike names and how alike those are. */
    record NamePair(NamedEntity first, NamedEntity second, String firstName, String secondName, double similarity,
            boolean sameFingerprint) {

        NamePair closer(NamePair other) {
            if (sameFingerprint != other.sameFingerprint) {
                return sameFingerprint ? this : other;
            }
            return other.similarity > similarity ? other : this;
        }
    }
}
