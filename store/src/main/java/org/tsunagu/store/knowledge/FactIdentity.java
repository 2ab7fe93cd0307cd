package org.tsunagu.store.knowledge;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.Role;
import org.tsunagu.store.text.Folding;

/**
 * Which real fact a statement reports, as a key over canonical entity ids: statements with one
 * key are one fact. Dates stay out of ties' keys, and an agreement's key holds only the year
 * ({@link AgreementKey}), so that two reports of one MOU that disagree on its day are one fact
 * with a conflict rather than two MOUs, while an MOU renewed in a later year is another one.
 */
final class FactIdentity {

    private FactIdentity() {
    }

    /**
     * {@code ids} gives each argument's entity; {@code report} (the content hash naming the
     * document's report: it and its copies) scopes what cannot be told apart.
     */
    static String key(Fact fact, Map<EntityRef, Long> ids, String report) {
        if (fact instanceof Agreement a) {
            return AgreementKey.of(a, ids).identityKey();
        } else if (fact instanceof Relationship r) {
            long x = ids.get(r.a());
            long y = ids.get(r.b());
            return "relationship|" + r.kind().code() + "|" + Math.min(x, y) + "," + Math.max(x, y);
        } else if (fact instanceof Role r) {
            return "role|" + ids.get(r.person()) + "|" + Folding.fold(r.title()) + "|"
                    + r.org().map(o -> String.valueOf(ids.get(o))).orElse("-");
        } else if (fact instanceof Event e) {
            return event(e, ids, report);
        } else if (fact instanceof Investment i) {
            return "investment|" + i.kind().code() + "|" + ids.get(i.investor()) + "|" + ids.get(i.destination()) + "|"
                    + i.amount().amount().stripTrailingZeros().toPlainString() + "|" + i.amount().currency().getCurrencyCode();
        } else if (fact instanceof Product p) {
            return "product|" + Folding.fold(p.name());
        }
        throw new IllegalArgumentException("unknown fact kind: " + fact.type());
    }

    /**
     * An event is its kind and date, then where it was or who took part; an undated event cannot
     * be matched with another report's and stays its report's own, told apart from the report's
     * other events of its kind by the words of its date, its place and its people. Not by where
     * its words stand, which differs from copy to copy, nor by its name, which one copy reads from
     * a headline in capitals and another from the same headline in lower case.
     */
    private static String event(Event e, Map<EntityRef, Long> ids, String report) {
        String kind = "event|" + e.kind().code() + "|";
        List<EntityRef> people = new java.util.ArrayList<>(e.organizers());
        people.addAll(e.participants());
        if (e.date().isEmpty()) {
            return kind + "doc:" + report + "|" + e.dateText().map(Folding::fold).orElse("-") + "|"
                    + e.location().map(l -> String.valueOf(ids.get(l))).orElse("-") + "|" + sorted(people, ids);
        }
        String when = kind + e.date().get() + "|";
        if (e.location().isPresent()) {
            return when + "at:" + ids.get(e.location().get());
        }
        return people.isEmpty() ? when + "doc:" + report : when + "with:" + sorted(people, ids);
    }

    /** The entities' canonical ids, sorted and without repeats: "12,40". */
    static String sorted(List<EntityRef> refs, Map<EntityRef, Long> ids) {
        return refs.stream().map(ids::get).collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(String::valueOf).collect(Collectors.joining(","));
    }
}
