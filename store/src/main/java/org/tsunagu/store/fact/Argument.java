package org.tsunagu.store.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.Role;

/**
 * An entity a fact is about, in the role it plays there; {@code position} orders the entities of
 * one role. Role names follow the fact's JSON field names, singular.
 */
public record Argument(String role, int position, EntityRef entity) {

    public static List<Argument> of(Fact fact) {
        Arguments arguments = new Arguments();
        if (fact instanceof Agreement a) {
            arguments.add("party", a.parties()).add("signatory", a.signatories());
        } else if (fact instanceof Relationship r) {
            arguments.add("a", r.a()).add("b", r.b());
        } else if (fact instanceof Role r) {
            arguments.add("person", r.person()).add("org", r.org());
        } else if (fact instanceof Event e) {
            arguments.add("location", e.location()).add("organizer", e.organizers())
                    .add("participant", e.participants());
        } else if (fact instanceof Investment i) {
            arguments.add("investor", i.investor()).add("destination", i.destination());
        } else if (fact instanceof Product p) {
            arguments.add("origin", p.origin()).add("showcased_at", p.showcasedAt());
        } else {
            throw new IllegalArgumentException("unknown fact kind: " + fact.type());
        }
        return arguments.list;
    }

    private static final class Arguments {
        private final List<Argument> list = new ArrayList<>();

        Arguments add(String role, List<EntityRef> refs) {
            for (int i = 0; i < refs.size(); i++) {
                list.add(new Argument(role, i, refs.get(i)));
            }
            return this;
        }

        Arguments add(String role, Optional<EntityRef> ref) {
            return add(role, ref.stream().toList());
        }

        Arguments add(String role, EntityRef ref) {
            return add(role, List.of(ref));
        }
    }
}
