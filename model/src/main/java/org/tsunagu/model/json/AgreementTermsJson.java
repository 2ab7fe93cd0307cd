package org.tsunagu.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.fact.AgreementTerm;
import org.tsunagu.model.fact.Commitment;
import org.tsunagu.model.time.PartialDate;

/**
 * The JSON of an agreement's term and commitments: written only when the text gives them, so that
 * agreements without them keep their old form, and read back as empty when absent.
 */
final class AgreementTermsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AgreementTermsJson() {
    }

    static void write(ObjectNode node, Optional<AgreementTerm> term, List<Commitment> commitments) {
        term.ifPresent(t -> {
            ObjectNode out = node.putObject("term");
            out.put("years", t.years());
            out.put("months", t.months());
            out.put("until", t.until().map(PartialDate::toString).orElse(null));
            out.put("renewal", t.renewal());
            out.put("start", t.span().start());
            out.put("end", t.span().end());
        });
        if (!commitments.isEmpty()) {
            ArrayNode array = node.putArray("commitments");
            for (Commitment c : commitments) {
                array.addObject().put("owner", c.owner()).put("text", c.text())
                        .put("start", c.span().start()).put("end", c.span().end());
            }
        }
    }

    static Optional<AgreementTerm> term(JsonNode node) {
        JsonNode t = node.path("term");
        if (!t.isObject()) {
            return Optional.empty();
        }
        Optional<PartialDate> until = t.hasNonNull("until") ? PartialDate.tryParse(t.get("until").asText()) : Optional.empty();
        return Optional.of(new AgreementTerm(t.path("years").asInt(), t.path("months").asInt(), until,
                t.path("renewal").asBoolean(), span(t)));
    }

    static List<Commitment> commitments(JsonNode node) {
        List<Commitment> out = new ArrayList<>();
        node.path("commitments").forEach(c -> out.add(new Commitment(c.path("owner").asText(), c.path("text").asText(), span(c))));
        return out;
    }

    private static Span span(JsonNode node) {
        return new Span(node.path("start").asInt(), node.path("end").asInt());
    }
}
