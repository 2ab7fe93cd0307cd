package org.tsunagu.extraction.internal.money;

import org.tsunagu.model.document.Span;
import org.tsunagu.model.money.Money;

/** A sum of money over tokens [first, end), normalised to units of an ISO 4217 currency. */
public record MoneyMention(int firstToken, int endToken, Span span, Money money, boolean parenthetical) {
}
