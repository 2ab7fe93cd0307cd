package org.tsunagu.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;

/** Who published a document and when, as JSON fields: null where the document does not say. */
public final class DocumentInfoJson {

    private DocumentInfoJson() {
    }

    /** Puts {@code title}, {@code outlet}, {@code url}, {@code language} and {@code published} into {@code node}. */
    public static ObjectNode putInto(ObjectNode node, DocumentInfo info) {
        return node.put("title", info.title().orElse(null)).put("outlet", info.outlet().orElse(null))
                .put("url", info.url().orElse(null)).put("language", info.language().orElse(null))
                .put("published", info.published().map(PartialDate::toString).orElse(null));
    }

    /** The information {@link #putInto} wrote; a missing or null field is an unknown part. */
    public static DocumentInfo read(JsonNode node) {
        return new DocumentInfo(text(node, "title"), text(node, "outlet"), text(node, "url"), text(node, "language"),
                text(node, "published").map(PartialDate::parse));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
