package org.tsunagu.store.knowledge;

/** One document's report of a knowledge fact: the sentence it was read from and how sure the reading was. */
public record Source(long statement, String document, String sentence, double confidence) {
}
