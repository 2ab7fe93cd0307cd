package org.tsunagu.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.time.PartialDate;

/**
 * One article of a JSON Lines corpus: {@code {"id": ..., "url": ..., "date": ..., "text": ...}},
 * of which id and text are required. The url, when given, is the document's source; the date
 * may be a day, a month or a year, or a timestamp whose day is kept.
 */
final class CorpusRecord {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusRecord() {
    }

    /** The document a line holds. @throws IllegalArgumentException saying what is wrong with the line */
    static Document read(String line) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = field(record, "id").orElseThrow(() -> new IllegalArgumentException("no id"));
        String text = field(record, "text").orElseThrow(() -> new IllegalArgumentException(id + ": no text"));
        Document document = Document.of(id, field(record, "url").orElse(id), text);
        if (document.text().isEmpty()) {
            throw new IllegalArgumentException(id + ": text has only whitespace");
        }
        Optional<PartialDate> date = field(record, "date").flatMap(CorpusRecord::date);
        return date.isPresent() ? document.withPublished(date.get()) : document;
    }

    private static Optional<PartialDate> date(String value) {
        Optional<PartialDate> date = PartialDate.tryParse(value);
        return date.isPresent() || value.length() < 10 ? date : PartialDate.tryParse(value.substring(0, 10));
    }

    private static Optional<String> field(JsonNode record, String name) {
        JsonNode value = record.path(name);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }
}
