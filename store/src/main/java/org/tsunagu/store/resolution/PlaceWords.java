package org.tsunagu.store.resolution;

import java.util.Optional;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;

/**
 * How a place entity is described to people: what it is in their words ("prefecture", "state",
 * "municipality" rather than the resolver's "region") and its name in its own language, both from
 * the reference place the entity resolved to. An entity no reference place backs keeps its level.
 */
final class PlaceWords {

    private static final PlaceWords NONE = new PlaceWords(Optional.empty());

    private final Optional<ReferencePlace> place;

    private PlaceWords(Optional<ReferencePlace> place) {
        this.place = place;
    }

    /** The words for the reference place of this id; none for a null or unknown id. */
    static PlaceWords of(String referenceId) {
        return referenceId == null ? NONE : new PlaceWords(ReferencePlaces.standard().byId(referenceId));
    }

    /** The reference place's kind, else the stored level code. */
    Optional<String> level(String levelCode) {
        return place.map(ReferencePlace::kind).or(() -> Optional.ofNullable(levelCode));
    }

    /** The place's own-language name, unless it is the name shown ("Đà Nẵng" beside "Da Nang"). */
    Optional<String> nativeName(String shownName) {
        return place.flatMap(ReferencePlaces.standard()::nativeName).filter(n -> !n.equals(shownName));
    }
}
