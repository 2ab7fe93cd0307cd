package org.tsunagu.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.tsunagu.model.fact.Extraction;

/**
 * A document whose facts were extracted elsewhere (by the Spark job) and read back from what that
 * run wrote, or why a record there gave none: what {@link Ingestor#store} takes.
 */
public sealed interface Recorded permits Recorded.Extracted, Recorded.Unusable {

    /** Where the record was read: a file, and the line in it when the file holds many. */
    Path origin();

    record Extracted(Path origin, Extraction extraction) implements Recorded {

        public Extracted {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(extraction, "extraction");
        }
    }

    record Unusable(Path origin, String reason) implements Recorded {

        public Unusable {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
