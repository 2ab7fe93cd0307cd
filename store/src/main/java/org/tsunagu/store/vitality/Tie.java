package org.tsunagu.store.vitality;

import java.util.List;

/** Two places or organisations ({@code a} has the lower id) and the knowledge facts that name both. */
public record Tie(TieEnd a, TieEnd b, List<TieFact> facts) {

    public Tie {
        if (a.id() >= b.id()) {
            throw new IllegalArgumentException("a tie's first end has the lower id: " + a.id() + ", " + b.id());
        }
        facts = List.copyOf(facts);
    }

    public TieKind kind() {
        return TieKind.of(a.type(), b.type());
    }

    /** True when either end lies in the country. */
    public boolean touches(String country) {
        return a.country().filter(country::equals).isPresent() || b.country().filter(country::equals).isPresent();
    }

    /** The end that is not {@code entity}. */
    public TieEnd other(long entity) {
        return a.id() == entity ? b : a;
    }
}
