package org.tsunagu.ingest.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.DocumentInfo;

/**
 * An article pasted as text rather than read from a file, with what the person who pasted it
 * said of it (title, outlet, address, date). What they left out is taken from the text's own
 * clues as for a file: the headline, a dateline's outlet and the language its script shows, so a
 * pasted Japanese article is known to be Japanese and stored without facts.
 */
public final class PastedText {

    private PastedText() {
    }

    /**
     * The pasted article as a file read would give it: {@code name} is the document's short name,
     * also its path in messages.
     */
    public static ReadResult read(String name, String text, DocumentInfo given, ReadOptions options) {
        Path origin = Path.of(name);
        Document document = Document.of(name, "pasted", text);
        if (document.text().isEmpty()) {
            return new ReadResult.Unreadable(origin, "the pasted article has no text");
        }
        if (document.text().length() > options.maxTextChars()) {
            return new ReadResult.Unreadable(origin, String.format(Locale.ROOT,
                    "article text is %,d characters, above the limit of %,d", document.text().length(),
                    options.maxTextChars()));
        }
        return new ReadResult.Read(origin, document.withInfo(given.or(TextClues.in(document.text()))), List.of());
    }
}
