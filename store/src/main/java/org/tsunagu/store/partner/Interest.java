package org.tsunagu.store.partner;

import java.util.List;

/** One sector or partner region of an entity's profile: its key, the words shown, and every source that gives it. */
public record Interest(InterestKind kind, String key, String label, List<InterestSource> sources) {

    public Interest {
        sources = List.copyOf(sources);
    }

    public boolean byHand() {
        return sources.stream().anyMatch(s -> s.origin() == InterestSource.Origin.EDITOR);
    }
}
