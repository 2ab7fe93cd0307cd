package org.tsunagu.web.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.document.Span;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.EvidenceSpans;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.Source;
import org.tsunagu.web.document.Highlights;
import org.tsunagu.web.document.Highlights.Segment;

/**
 * A source of a fact as the queue shows it: its sentence cut at the trigger and the arguments so
 * the template marks them (as escaped text), and the link to the sentence in its document.
 */
record SourceView(Source source, List<Segment> sentence, Optional<Long> document) {

    /** The document page scrolled to the statement, with its spans marked. */
    Optional<String> href() {
        return document.map(id -> "/documents/" + id + "?fact=" + source.statement() + "#fact-" + source.statement());
    }

    /** The queue narrowed to the facts of this source's document. */
    Optional<String> queueOfDocument() {
        return document.map(id -> "/review?document=" + id);
    }

    static SourceView of(Source source, Map<Long, EvidenceSpans> spans) {
        EvidenceSpans found = spans.get(source.statement());
        if (found == null) {
            return new SourceView(source, Highlights.of(source.sentence(), 0, List.of()), Optional.empty());
        }
        List<Highlights.Mark> marks = new ArrayList<>();
        marks.add(new Highlights.Mark(found.trigger(), Highlights.TRIGGER, source.statement()));
        for (Span argument : found.arguments()) {
            marks.add(new Highlights.Mark(argument, Highlights.ARGUMENT, source.statement()));
        }
        return new SourceView(source, Highlights.of(source.sentence(), found.sentenceStart(), marks),
                Optional.of(found.document()));
    }

    /**
     * Where the evidence of the sources these facts show lies, read in one go for a page of them;
     * the sources a row leaves out are not read, as a fact may have hundreds.
     */
    static Map<Long, EvidenceSpans> spansOf(Database database, Collection<KnowledgeFact> facts) {
        return database.evidenceSpans(facts.stream()
                .flatMap(f -> f.sources().stream().limit(ReviewRow.SOURCES_SHOWN)).map(Source::statement).toList());
    }
}
