package org.tsunagu.web.export;

import java.util.function.Function;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.store.knowledge.KnowledgeFact;

/** A column of a spreadsheet export: the header a person reads and the cell of each fact. */
record Column(String header, Function<KnowledgeFact, String> cell) {

    /** A column of one fact kind's own fields; the table it is in holds only that kind. */
    static <F extends Fact> Column of(String header, Class<F> kind, Function<F, String> cell) {
        return new Column(header, fact -> cell.apply(kind.cast(fact.fact())));
    }
}
