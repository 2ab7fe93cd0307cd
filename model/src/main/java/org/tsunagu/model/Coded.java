package org.tsunagu.model;

import java.util.Locale;
import java.util.Optional;

/** An enumeration written in files, URLs and the interchange format as its lower-case name. */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(CodeTables.of(type).get(code.toLowerCase(Locale.ROOT))));
    }
}
