package org.tsunagu.extraction.internal.pipeline;

import java.util.Objects;

/**
 * A typed key for one stand-off layer of an annotated document ("tokens", "dates"). Two layers
 * are the same when their names are equal; the element type makes reads type-safe.
 */
public record Layer<T>(String name, Class<T> elementType) {

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(elementType, "elementType");
    }

    public static <T> Layer<T> of(String name, Class<T> elementType) {
        return new Layer<>(name, elementType);
    }

    @Override
    public String toString() {
        return name;
    }
}
