package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Locale;
import org.tsunagu.model.entity.EntityRef;

/** Comparing the names facts are made of. */
final class Names {

    private Names() {
    }

    /** Adds {@code ref} unless an entity of the same name ({@link #same}) is in {@code refs} already. */
    static void addUnlessNamed(List<EntityRef> refs, EntityRef ref) {
        if (refs.stream().noneMatch(r -> same(r.name(), ref.name()))) {
            refs.add(ref);
        }
    }

    /** The same name, or one a longer form of the other ("Kobe" and "Kobe City"), ignoring case. */
    static boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }
}
