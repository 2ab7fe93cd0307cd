package org.tsunagu.search;

/** How many entries the index holds and the bytes its files take. */
public record IndexSize(long entries, long bytes) {
}
