package org.tsunagu.web.fact;

import java.util.List;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Counts;
import org.tsunagu.store.fact.FactQuery;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.fact.StoredFact;

/** What the home page shows: the store's counts, and the newest facts or those a search found. */
record HomePage(Counts counts, FactQuery query, boolean searching, Page<StoredFact> facts) {

    List<FactType> types() {
        return List.of(FactType.values());
    }

    String text() {
        return query.text().orElse("");
    }

    /** "Newest facts", "3 agreement facts" or "1 fact matches “da nang”". */
    String heading() {
        if (!searching) {
            return "Newest facts";
        }
        boolean one = facts.total() == 1;
        String what = query.type().map(t -> t.code() + " ").orElse("") + (one ? "fact" : "facts");
        String matching = query.text().map(t -> (one ? " matches “" : " match “") + t + "”").orElse("");
        return facts.total() + " " + what + matching;
    }

    boolean selected(FactType type) {
        return query.type().filter(type::equals).isPresent();
    }
}
