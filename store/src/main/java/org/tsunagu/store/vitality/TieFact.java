package org.tsunagu.store.vitality;

import java.util.Optional;

/**
 * A knowledge fact that names both ends of a tie: what it shows, and its year. A standing tie's
 * year is the one it began, when stated; another fact's year is its stated date, else the year
 * it was first reported.
 */
public record TieFact(long fact, Activity activity, Optional<Integer> year) {
}
