package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;

/** Comparing the names facts are made of. */
final class Names {

    /** Words that name a locality's form or government rather than another body: "Kobe City Government". */
    private static final Set<String> LOCALITY_WORDS = Words.of("city", "prefecture", "province", "government", "municipality",
            "county", "state", "region", "district", "town", "prefectural", "provincial", "municipal", "metropolitan", "regency");

    private Names() {
    }

    /** Adds {@code ref} unless an entity of the same name ({@link #same}) is in {@code refs} already. */
    static void addUnlessNamed(List<EntityRef> refs, EntityRef ref) {
        if (refs.stream().noneMatch(r -> same(r.name(), ref.name()))) {
            refs.add(ref);
        }
    }

    /**
     * Adds {@code ref} unless a name of the same body is there: "Kobe" and "Kobe City Government" are one
     * party, "Kitakyushu" and "Kitakyushu Overseas Water Business Association" are two.
     */
    static void addUnlessSameBody(List<EntityRef> refs, EntityRef ref) {
        if (refs.stream().noneMatch(r -> sameBody(r.name(), ref.name()))) {
            refs.add(ref);
        }
    }

    private static boolean sameBody(String a, String b) {
        if (!same(a, b)) {
            return false;
        }
        String longer = (a.length() >= b.length() ? a : b).toLowerCase(Locale.ROOT);
        String shorter = (a.length() >= b.length() ? b : a).toLowerCase(Locale.ROOT);
        for (String word : longer.substring(shorter.length()).trim().split(" ")) {
            if (!word.isEmpty() && !LOCALITY_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same name, or one a longer form of the other ("Kobe" and "Kobe City"), ignoring case and apostrophes
     * ("O'Neill County" and "ONeill County" are one spelling with and without its apostrophe).
     */
    static boolean same(String a, String b) {
        String x = withoutApostrophes(a.toLowerCase(Locale.ROOT));
        String y = withoutApostrophes(b.toLowerCase(Locale.ROOT));
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private static String withoutApostrophes(String name) {
        return name.indexOf('\'') < 0 && name.indexOf('\u2019') < 0 ? name : name.replace("'", "").replace("\u2019", "");
    }
}
