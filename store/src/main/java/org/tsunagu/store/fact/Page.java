package org.tsunagu.store.fact;

import java.util.List;

/** One page of results and how many there are in all. */
public record Page<T>(long total, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }
}
