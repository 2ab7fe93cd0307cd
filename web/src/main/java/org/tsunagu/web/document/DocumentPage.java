package org.tsunagu.web.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.store.document.DocumentListing;
import org.tsunagu.store.document.Mention;
import org.tsunagu.store.document.Statement;
import org.tsunagu.store.document.StoredDocument;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.store.report.Copy;
import org.tsunagu.web.document.Highlights.Mark;
import org.tsunagu.web.document.Highlights.Segment;

/**
 * A document's page: its text cut into segments where facts' triggers and arguments are marked,
 * the list of its facts, and the fact the reader came to see ({@code focus}), whose sentence is
 * marked too. A text longer than {@link #MAX_CHARACTERS} is shown shortened. {@code links} are
 * the renewal links of the knowledge facts the statements report.
 */
record DocumentPage(StoredDocument document, Optional<Long> focus, Map<Long, List<FactLink>> links) {

    static final int MAX_CHARACTERS = 300_000;
    static final String SENTENCE = "sentence";

    DocumentListing listing() {
        return document.listing();
    }

    List<Statement> statements() {
        return document.statements();
    }

    /** "renews the 2014 MOU": how the knowledge fact a statement reports stands to other agreements. */
    List<FactLink> links(Statement statement) {
        return links.getOrDefault(statement.knowledgeFact(), List.of());
    }

    List<Copy> alsoPublishedBy() {
        return document.alsoPublishedBy();
    }

    boolean shortened() {
        return document.text().length() > MAX_CHARACTERS;
    }

    List<Segment> segments() {
        List<Mark> marks = new ArrayList<>();
        for (Statement statement : document.statements()) {
            marks.add(new Mark(statement.trigger(), Highlights.TRIGGER, statement.id()));
            for (Mention mention : statement.mentions()) {
                marks.add(new Mark(mention.span(), Highlights.ARGUMENT, statement.id()));
            }
            if (focus.filter(id -> id == statement.id()).isPresent()) {
                marks.add(new Mark(statement.sentence(), SENTENCE, statement.id()));
            }
        }
        String text = shortened() ? document.text().substring(0, MAX_CHARACTERS) : document.text();
        return Highlights.of(text, 0, marks);
    }

    /** The mark's classes, with "focus" on the trigger and arguments of the fact the reader came to see. */
    String classes(Segment segment) {
        boolean focused = focus
                .filter(id -> segment.covers(Highlights.TRIGGER, id) || segment.covers(Highlights.ARGUMENT, id))
                .isPresent();
        return segment.classes() + (focused ? " focus" : "");
    }

    static String confidence(Statement statement) {
        return String.format(Locale.ROOT, "%.2f", statement.confidence());
    }

    boolean focused(Statement statement) {
        return focus.filter(id -> id == statement.id()).isPresent();
    }
}
