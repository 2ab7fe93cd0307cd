package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.model.fact.Fact;

/** A stage that reads one kind of fact from the view of a fully annotated document. */
abstract class FactStage implements Stage<Fact> {

    /** What the index reads: the annotations, and the lookups some readers consult directly. */
    static final Set<Layer<?>> ANNOTATIONS = Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.LOOKUPS, Layers.MENTIONS,
            Layers.DOCUMENT_DATE, Layers.DATES, Layers.MONEY, Layers.REFERENCES);

    /** The one index of the annotations that all readers of a document share; see {@link IndexStage}. */
    static final Layer<DocumentView> VIEW = Layer.of("fact-index", DocumentView.class);

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(VIEW);
    }

    @Override
    public final List<Fact> annotate(AnnotatedDocument document) {
        return read(document.single(VIEW), document);
    }

    /** Reads the facts; the document adds the layers of readers that ran before this one. */
    abstract List<Fact> read(DocumentView view, AnnotatedDocument document);
}
