package org.tsunagu.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.time.PartialDate;

/**
 * One document's extraction as a self-contained JSON line: the document (id, source, text, date
 * from its metadata, and who published it when the file said), its content hash, the date its relative dates were read against, and its
 * facts in their {@link FactJson} form. The Spark job writes it and {@code load} stores it, so a
 * corpus extracted on other machines is stored without its original files.
 */
public final class ExtractionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExtractionJson() {
    }

    public static ObjectNode write(Extraction extraction) {
        Document document = extraction.document();
        ObjectNode line = NODES.objectNode();
        line.put("id", document.name());
        line.put("source", document.source());
        line.put("sha256", document.contentHash());
        line.put("date", document.published().map(PartialDate::toString).orElse(null));
        line.put("doc_date", extraction.documentDate().map(PartialDate::toString).orElse(null));
        line.put("text", document.text());
        DocumentInfoJson.putInto(line.putObject("publication"), document.info());
        ArrayNode facts = line.putArray("facts");
        extraction.facts().forEach(fact -> facts.add(FactJson.write(fact)));
        return line;
    }

    /**
     * The extraction a line holds.
     *
     * @throws IllegalArgumentException when a field is missing or the text is not the one the
     *     line's content hash names (a line edited or cut short since it was written)
     */
    public static Extraction read(JsonNode line) {
        Document document = Document.of(required(line, "id"), required(line, "source"), required(line, "text"));
        if (line.hasNonNull("publication")) {
            document = document.withInfo(DocumentInfoJson.read(line.get("publication")));
        }
        if (line.hasNonNull("date")) {
            document = document.withPublished(PartialDate.parse(line.get("date").asText()));
        }
        String hash = required(line, "sha256");
        if (!document.contentHash().equals(hash)) {
            throw new IllegalArgumentException("text does not match its sha256 " + hash);
        }
        List<Fact> facts = new ArrayList<>();
        line.path("facts").forEach(fact -> facts.add(FactJson.read(fact)));
        return new Extraction(document, PartialDate.tryParse(line.path("doc_date").asText(null)), facts);
    }

    private static String required(JsonNode line, String field) {
        if (!line.hasNonNull(field)) {
            throw new IllegalArgumentException("no " + field);
        }
        return line.get(field).asText();
    }
}
