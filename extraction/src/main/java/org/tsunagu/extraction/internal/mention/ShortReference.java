package org.tsunagu.extraction.internal.mention;

import java.util.List;
import org.tsunagu.model.document.Span;

/**
 * Words that point back to earlier mentions ("the prefecture", "he", "the two sides") over tokens
 * [first, end), with the mentions they were resolved to, most likely first.
 */
public record ShortReference(int firstToken, int endToken, Span span, List<Mention> referents) {
}
