package org.tsunagu.web.fact;

import java.util.List;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Counts;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.fact.StoredFact;
import org.tsunagu.store.knowledge.DatedFact;

/**
 * What the home page shows: the store's counts, and the newest facts by the date they happened
 * ({@code newest}, of one type when asked) or the statements a text search found ({@code facts}).
 */
record HomePage(Counts counts, FactQuery query, boolean searching, Page<StoredFact> facts, List<DatedFact> newest) {

    List<FactType> types() {
        return List.of(FactType.values());
    }

    String text() {
        return query.text().orElse("");
    }

    /** "Newest facts", "Newest agreement facts" or "1 fact matches “da nang”". */
    String heading() {
        if (!searching) {
            return "Newest " + query.type().map(t -> t.code() + " ").orElse("") + "facts";
        }
        boolean one = facts.total() == 1;
        String what = query.type().map(t -> t.code() + " ").orElse("") + (one ? "fact" : "facts");
        String matching = query.text().map(t -> (one ? " matches “" : " match “") + t + "”").orElse("");
        return facts.total() + " " + what + matching;
    }

    boolean selected(FactType type) {
        return query.type().filter(type::equals).isPresent();
    }

    /** "1 agreement", "3 events", "0 products": how many facts of the type were read. */
    String count(FactType type) {
        long n = counts.facts(type);
        return n + " " + type.code() + (n == 1 ? "" : "s");
    }

    static String documentLink(DatedFact fact) {
        return "/documents/" + fact.document() + "?fact=" + fact.statement() + "#fact-" + fact.statement();
    }
}
