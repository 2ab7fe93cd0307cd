package org.tsunagu.store.graph;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.FactType;

/** A knowledge fact as the network reads it: its kind, its year, and the entities it names. */
record NamedFact(long id, FactType kind, Optional<Integer> year, List<Long> entities) {
}
