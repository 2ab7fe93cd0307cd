package org.tsunagu.extraction.internal.structure;

/** A preposition ("between", "with", "by") at a token and the names it takes: "between A and B". */
public record Attachment(int preposition, String word, NameList names) {
}
