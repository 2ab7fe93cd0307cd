package org.tsunagu.web;

import org.tsunagu.store.knowledge.FactLink;

/** The wording of a renewal link; it lives in {@link FactLink#text()} so the JSON writers share it. */
public final class RenewalWords {

    private RenewalWords() {
    }

    public static String of(FactLink link) {
        return link.text();
    }
}
