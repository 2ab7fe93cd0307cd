package org.tsunagu.extraction.internal;

import java.util.List;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;

/** Runs the standard pipeline over a short text written for a test, once per JVM for its reference data. */
public final class Extracting {

    private static final RuleBasedPipeline PIPELINE = RuleBasedPipeline.create();

    private Extracting() {
    }

    public static Extraction extract(String text) {
        return PIPELINE.extract(Document.of("spec", "spec", text));
    }

    public static <T extends Fact> List<T> facts(String text, Class<T> type) {
        return extract(text).factsOf(type);
    }

    public static AnnotatedDocument annotate(String text) {
        return PIPELINE.pipeline().run(Document.of("spec", "spec", text));
    }
}
