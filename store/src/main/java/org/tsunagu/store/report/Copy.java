package org.tsunagu.store.report;

import java.util.Optional;

/**
 * A document that publishes a report another stored document carries too: its name, where it came
 * from, and the outlet that published it when its file said.
 */
public record Copy(long document, String name, String source, Optional<String> outlet) {

    /** The outlet, else the file or address the copy was read from: who a reader is told published it. */
    public String publisher() {
        return outlet.orElse(source);
    }
}
