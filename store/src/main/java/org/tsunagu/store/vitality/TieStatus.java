package org.tsunagu.store.vitality;

import org.tsunagu.model.Coded;

/**
 * Whether anything happened on a tie in the last {@link VitalityScore#QUIET_YEARS} years up to
 * the reference year; when nothing did, whether it still has an agreement or a standing tie.
 */
public enum TieStatus implements Coded {
    ACTIVE("active"),
    ON_PAPER("on paper only"),
    QUIET("quiet");

    private final String words;

    TieStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
