package org.tsunagu.extraction.internal.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tsunagu.model.document.Document;

/**
 * A document's text with the layers stages have added so far. Immutable: adding a layer returns
 * a new instance, so a stage can never change what an earlier stage produced. Each instance holds
 * its newest layer and points at the document it extends, so adding a layer copies nothing.
 */
public final class AnnotatedDocument {

    private final Document document;
    private final AnnotatedDocument previous;
    private final String layer;
    private final List<?> values;

    private AnnotatedDocument(Document document, AnnotatedDocument previous, String layer, List<?> values) {
        this.document = document;
        this.previous = previous;
        this.layer = layer;
        this.values = values;
    }

    public static AnnotatedDocument of(Document document) {
        return new AnnotatedDocument(document, null, null, null);
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public <T> AnnotatedDocument with(Layer<T> layer, List<? extends T> values) {
        if (has(layer)) {
            throw new IllegalStateException("layer already present: " + layer);
        }
        return new AnnotatedDocument(document, this, layer.name(), List.copyOf(values));
    }

    private List<?> find(String name) {
        for (AnnotatedDocument d = this; d.layer != null; d = d.previous) {
            if (d.layer.equals(name)) {
                return d.values;
            }
        }
        return null;
    }

    public boolean has(Layer<?> layer) {
        return find(layer.name()) != null;
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> values = find(layer.name());
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

    /** The layers present, oldest first. */
    public Set<String> layerNames() {
        List<String> newestFirst = new ArrayList<>();
        for (AnnotatedDocument d = this; d.layer != null; d = d.previous) {
            newestFirst.add(d.layer);
        }
        Collections.reverse(newestFirst);
        return Collections.unmodifiableSet(new LinkedHashSet<>(newestFirst));
    }
}
