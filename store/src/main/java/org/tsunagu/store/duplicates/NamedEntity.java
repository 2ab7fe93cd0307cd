package org.tsunagu.store.duplicates;

import java.util.List;

/** A live entity as suggestions compare it: its kind, where it lies, and every name it goes by. */
record NamedEntity(long id, String type, Long parent, String reference, List<String> names) {

    NamedEntity {
        names = List.copyOf(names);
    }

    /** Both are places the reference data knows, and not the same one: they are two places, however alike their names. */
    boolean knownApartFrom(NamedEntity other) {
        return reference != null && other.reference != null && !reference.equals(other.reference);
    }
}
