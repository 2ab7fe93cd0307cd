package org.tsunagu.store.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.json.FactJson;
import org.tsunagu.store.text.Folding;

/**
 * A document's facts as the rows that store them, made without the database so that any thread
 * can make them: each fact's JSON payload, summary, search text and evidence sentence, and the
 * entities its arguments name.
 */
public final class FactRows {

    private final List<Row> rows;
    private final List<EntityRef> mentions;
    private final Map<EntityRef, String> foldedNames;

    private FactRows(List<Row> rows, List<EntityRef> mentions, Map<EntityRef, String> foldedNames) {
        this.rows = rows;
        this.mentions = mentions;
        this.foldedNames = foldedNames;
    }

    /** @throws IllegalArgumentException when a fact's evidence lies outside the document */
    public static FactRows of(Document document, List<Fact> facts) {
        List<Row> rows = new ArrayList<>(facts.size());
        List<EntityRef> mentions = new ArrayList<>();
        Map<EntityRef, String> foldedNames = new LinkedHashMap<>();
        for (Fact fact : facts) {
            List<Argument> arguments = Argument.of(fact);
            String sentence = sentence(document, fact.evidence().sentence());
            String summary = Summary.of(fact);
            rows.add(new Row(fact, FactJson.write(fact).toString(), summary, searchText(summary, arguments, sentence),
                    sentence, arguments));
            for (Argument argument : arguments) {
                mentions.add(argument.entity());
                foldedNames.computeIfAbsent(argument.entity(), ref -> Folding.fold(ref.name()));
            }
        }
        return new FactRows(List.copyOf(rows), List.copyOf(mentions), foldedNames);
    }

    /** The entity of every argument, fact after fact: the document's mentions. */
    public List<EntityRef> mentions() {
        return mentions;
    }

    List<Row> rows() {
        return rows;
    }

    /** Each entity the arguments name, in the order first named, with its name folded. */
    Map<EntityRef, String> foldedNames() {
        return foldedNames;
    }

    private static String sentence(Document document, Span span) {
        if (span.end() > document.text().length()) {
            throw new IllegalArgumentException("evidence sentence [" + span.start() + ", " + span.end()
                    + ") lies outside document " + document.name() + " of " + document.text().length() + " characters");
        }
        return span.of(document.text());
    }

    private static String searchText(String summary, List<Argument> arguments, String sentence) {
        String names = arguments.stream().map(a -> a.entity().name()).collect(Collectors.joining(" | "));
        return Folding.fold(summary + " | " + names + " | " + sentence);
    }

    /** One fact's row, with what its evidence and argument rows need. */
    record Row(Fact fact, String payload, String summary, String searchText, String sentence,
            List<Argument> arguments) {
    }
}
