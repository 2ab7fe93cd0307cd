package org.tsunagu.web.entity;

import java.util.List;
import org.tsunagu.store.knowledge.Citation;
import org.tsunagu.web.document.Highlights;
import org.tsunagu.web.document.Highlights.Segment;

/** Where a fact's evidence is shown: its sentence with the trigger marked, and the link to it in its document. */
final class EvidenceLinks {

    private EvidenceLinks() {
    }

    /** The document page scrolled to the statement, with its sentence and spans marked. */
    static String href(Citation citation) {
        return "/documents/" + citation.document() + "?fact=" + citation.statement() + "#fact-" + citation.statement();
    }

    static List<Segment> sentence(Citation citation) {
        return Highlights.of(citation.sentence(), citation.sentenceSpan().start(),
                List.of(new Highlights.Mark(citation.trigger(), Highlights.TRIGGER, citation.statement())));
    }
}
