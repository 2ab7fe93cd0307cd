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

    static final Set<Layer<?>> ANNOTATIONS = Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS,
            Layers.DOCUMENT_DATE, Layers.DATES, Layers.MONEY, Layers.REFERENCES);

    @Override
    public Set<Layer<?>> requires() {
        return ANNOTATIONS;
    }

    @Override
    public final List<Fact> annotate(AnnotatedDocument document) {
        return read(new DocumentView(document));
    }

    /** Reads with a view already built over the same layers, so that several readers share one index. */
    final List<Fact> annotate(DocumentView view) {
        return read(view);
    }

    abstract List<Fact> read(DocumentView view);
}
