package org.tsunagu.extraction;

import org.tsunagu.extraction.internal.RuleBasedPipeline;

/** The extractors Tsunagu ships. */
public final class Extractors {

    private Extractors() {
    }

    /**
     * The rule-based extractor: a pipeline of small stages over gazetteers and lexicons that are
     * loaded once here and shared by every call.
     */
    public static Extractor standard() {
        return RuleBasedPipeline.create()::extract;
    }
}
