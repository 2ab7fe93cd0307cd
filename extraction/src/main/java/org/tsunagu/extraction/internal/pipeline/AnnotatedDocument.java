package org.tsunagu.extraction.internal.pipeline;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.model.document.Document;

/**
 * A document's text with the layers stages have added so far. Immutable: adding a layer returns
 * a new instance, so a stage can never change what an earlier stage produced.
 */
public final class AnnotatedDocument {

    private final Document document;
    private final Map<String, List<?>> layers;

    private AnnotatedDocument(Document document, Map<String, List<?>> layers) {
        this.document = document;
        this.layers = layers;
    }

    public static AnnotatedDocument of(Document document) {
        return new AnnotatedDocument(document, Map.of());
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public <T> AnnotatedDocument with(Layer<T> layer, List<? extends T> values) {
        if (layers.containsKey(layer.name())) {
            throw new IllegalStateException("layer already present: " + layer);
        }
        Map<String, List<?>> copy = new HashMap<>(layers);
        copy.put(layer.name(), List.copyOf(values));
        // a private copy behind a read-only view: copying into an immutable map again costs more than the stages' reads
        return new AnnotatedDocument(document, Collections.unmodifiableMap(copy));
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer.name());
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> values = layers.get(layer.name());
        if (values == null) {
            throw new IllegalStateException("missing layer: " + layer + " (present: " + layerNames() + ")");
        }
        return (List<T>) values;
    }

    public <T> T single(Layer<T> layer) {
        List<T> values = get(layer);
        if (values.size() != 1) {
            throw new IllegalStateException("layer " + layer + " holds " + values.size() + " values, not one");
        }
        return values.get(0);
    }

    public Set<String> layerNames() {
        return layers.keySet();
    }
}
