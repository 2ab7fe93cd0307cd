package org.tsunagu.extraction.internal.structure;

/**
 * Whether a verb group states its act as fact, as only wanted or planned, or as not having
 * happened. The hedged and negated forms keep the word that made them so, for evidence and tests.
 */
public sealed interface Modality {

    /** "signed", "has been signed", "did sign". */
    record Factual() implements Modality {
    }

    /** "will sign", "plan to sign", "hoped to sign", "agreed to explore", "expected to conclude". */
    record Hedged(String cue) implements Modality {
    }

    /** "did not sign", "never signed", "failed to sign". */
    record Negated(String cue) implements Modality {
    }

    Modality FACTUAL = new Factual();

    default boolean isFactual() {
        return this instanceof Factual;
    }
}
