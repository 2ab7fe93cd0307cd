package org.tsunagu.extraction.internal.lexicon;

/** A gazetteer entry: a country, a first-level region (prefecture, province) or a city. */
public record Place(String name, Kind kind, String country) {

    public enum Kind { COUNTRY, REGION, CITY }
}
