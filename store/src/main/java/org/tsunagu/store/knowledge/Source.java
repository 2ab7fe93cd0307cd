package org.tsunagu.store.knowledge;

import java.util.List;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.store.report.Copy;

/**
 * One report of a knowledge fact: the sentence it was read from, how sure the reading was, who
 * published the document and when ({@code publication}'s date is the article's own date when its
 * file gives none), and the other documents that published the same report and state the fact
 * too ({@code alsoPublishedBy}, by name), which count with it as one source.
 */
public record Source(long statement, String document, String sentence, double confidence, DocumentInfo publication,
        List<Copy> alsoPublishedBy) {

    public Source {
        alsoPublishedBy = List.copyOf(alsoPublishedBy);
    }
}
