package org.tsunagu.extraction.internal.facts;

import java.util.Locale;

/** Comparing the names facts are made of. */
final class Names {

    private Names() {
    }

    /** The same name, or one a longer form of the other ("Kobe" and "Kobe City"), ignoring case. */
    static boolean same(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }
}
