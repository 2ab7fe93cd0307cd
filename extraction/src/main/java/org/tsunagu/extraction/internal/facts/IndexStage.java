package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;

/**
 * Indexes the annotations once per document for all fact readers: their sentence index, the
 * story's dates, and the signings several readers ask about are built here, not by every reader.
 */
public final class IndexStage implements Stage<DocumentView> {

    @Override
    public String name() {
        return "index-for-facts";
    }

    @Override
    public Set<Layer<?>> requires() {
        return FactStage.ANNOTATIONS;
    }

    @Override
    public Layer<DocumentView> produces() {
        return FactStage.VIEW;
    }

    @Override
    public List<DocumentView> annotate(AnnotatedDocument document) {
        return List.of(new DocumentView(document));
    }
}
