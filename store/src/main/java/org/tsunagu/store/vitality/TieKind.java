package org.tsunagu.store.vitality;

import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;

/** What a tie joins: two places, two organisations, or a place and an organisation. */
public enum TieKind implements Coded {
    PLACES("between places"),
    ORGANISATIONS("between organisations"),
    PLACE_AND_ORGANISATION("between a place and an organisation");

    private final String words;

    TieKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    static TieKind of(EntityType a, EntityType b) {
        if (a != b) {
            return PLACE_AND_ORGANISATION;
        }
        return a == EntityType.PLACE ? PLACES : ORGANISATIONS;
    }
}
