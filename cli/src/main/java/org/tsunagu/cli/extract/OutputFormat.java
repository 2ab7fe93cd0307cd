package org.tsunagu.cli.extract;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.json.EvalJson;
import org.tsunagu.model.json.FactJson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The line formats of {@code extract}: one JSON object per document. */
enum OutputFormat {

    /** The evaluation interchange format of SCHEMA.md: names only, as score.py reads them. */
    EVAL_JSONL("eval-jsonl") {
        @Override
        ObjectNode line(Extraction extraction) {
            return EvalJson.write(extraction);
        }
    },

    /** Everything: arguments with types and offsets, evidence with its sentence, confidence. */
    JSON("json") {
        @Override
        ObjectNode line(Extraction extraction) {
            ObjectNode line = JsonNodeFactory.instance.objectNode();
            line.put("doc", extraction.document().name());
            line.put("source", extraction.document().source());
            line.put("sha256", extraction.document().contentHash());
            line.put("doc_date", extraction.documentDate().map(Object::toString).orElse(null));
            var facts = line.putArray("facts");
            String text = extraction.document().text();
            for (Fact fact : extraction.facts()) {
                ObjectNode node = FactJson.write(fact);
                ((ObjectNode) node.get("evidence")).put("sentence_text", fact.evidence().sentence().of(text));
                facts.add(node);
            }
            return line;
        }
    };

    private final String code;

    OutputFormat(String code) {
        this.code = code;
    }

    abstract ObjectNode line(Extraction extraction);

    @Override
    public String toString() {
        return code;
    }

    /** Reads {@code eval-jsonl} and {@code json} as written in README, and lists them in --help. */
    static final class Converter implements ITypeConverter<OutputFormat>, Iterable<String> {

        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(values())
                    .filter(f -> f.code.equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException(
                            "unknown format '" + value + "' (expected one of: " + String.join(", ", this) + ")"));
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(f -> f.code).iterator();
        }
    }
}
