package org.tsunagu.spark;

import org.tsunagu.extraction.Extractor;
import org.tsunagu.extraction.Extractors;

/**
 * The extractor of this JVM: built on first use, on each executor, and shared by every task and
 * partition it runs, since loading its gazetteers and lexicons takes far longer than extracting
 * a document and the extractor is thread-safe.
 */
final class ExecutorExtractor {

    private ExecutorExtractor() {
    }

    static Extractor get() {
        return Holder.EXTRACTOR;
    }

    // The holder idiom: the JVM builds the extractor once, when a task first asks for it.
    private static final class Holder {
        static final Extractor EXTRACTOR = Extractors.standard();
    }
}
