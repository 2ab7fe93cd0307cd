package org.tsunagu.search;

import java.util.Arrays;
import java.util.List;
import org.tsunagu.model.Coded;

/**
 * The dimensions results can be counted and filtered by; each is named by its code in URLs and
 * in JSON. {@code type} is a fact's type, an entity's type or "document"; {@code country} is the
 * country of the places an entity lies in or governs, or of the entities a fact or document is
 * about; {@code year} that of a fact's date (the date it was signed, held, begun or reported as
 * of, else its earliest report) or of a document; {@code state} a fact's review state.
 */
public enum Facet implements Coded {
    KIND,
    TYPE,
    COUNTRY,
    YEAR,
    STATE;

    /** The codes of all facets, for messages. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Facet::code).toList();
    }
}
