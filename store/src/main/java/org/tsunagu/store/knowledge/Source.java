package org.tsunagu.store.knowledge;

import java.util.List;
import org.tsunagu.store.report.Copy;

/**
 * One report of a knowledge fact: the sentence it was read from, how sure the reading was, and
 * the other documents that published the same report and state the fact too ({@code alsoPublishedBy},
 * by name), which count with it as one source.
 */
public record Source(long statement, String document, String sentence, double confidence, List<Copy> alsoPublishedBy) {

    public Source {
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
    }
}
