package org.tsunagu.extraction.internal.lexicon;

/** A gazetteer or lexicon hit over tokens [first, end): a place, a title or a demonym. */
public record Lookup(int firstToken, int endToken, Category category, Place place, String title) {

    public enum Category { PLACE, TITLE, DEMONYM }
}
