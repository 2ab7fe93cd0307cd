package org.tsunagu.model;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each {@link Coded} enumeration's constants by code, made once per type: reading a hub's ties
 * looks two codes up per row, and copying and scanning the constants each time was a third of
 * its entity page's time.
 */
final class CodeTables {

    private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(Coded.class::cast)
                    .collect(Collectors.toUnmodifiableMap(Coded::code, Function.identity()));
        }
    };

    private CodeTables() {
    }

    static Map<String, Object> of(Class<?> type) {
        return BY_TYPE.get(type);
    }
}
