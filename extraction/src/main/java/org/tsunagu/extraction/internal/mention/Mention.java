package org.tsunagu.extraction.internal.mention;

import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.model.document.Span;

/**
 * A name found in the text over tokens [first, end): a place, an organisation, a person, a title,
 * a group ("Japanese firms") or another capitalised name. {@code name} is the most complete form
 * the document gives (an acronym's expansion, a person's full name for a bare surname);
 * {@code place} is set for places and groups, {@code title} for titles.
 */
public record Mention(int firstToken, int endToken, Span span, Type type, String name, Place place, String title) {

    public enum Type { PLACE, ORGANISATION, PERSON, TITLE, GROUP, OTHER }

    public boolean is(Type t) {
        return type == t;
    }

    /** A place or organisation: what can be a party, a partner or an investor. */
    public boolean isActor() {
        return type == Type.PLACE || type == Type.ORGANISATION || type == Type.GROUP;
    }

    public boolean isCountry() {
        return type == Type.PLACE && place != null && place.kind() == Place.Kind.COUNTRY;
    }

    public Mention withType(Type newType, String newName) {
        return new Mention(firstToken, endToken, span, newType, newName, place, title);
    }
}
