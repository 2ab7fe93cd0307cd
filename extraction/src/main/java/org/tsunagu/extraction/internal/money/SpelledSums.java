package org.tsunagu.extraction.internal.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Sums written out in words: "two hundred million dollars", "forty-five million dollars", "five
 * thousand crore rupees", "twelve billion yen". A number in words, a scale word and a currency word;
 * a number in words with no scale is too small or too vague to be an investment figure.
 */
final class SpelledSums {

    /** A sum over tokens [first, end) in the currency named by {@code currency} (an ISO 4217 code). */
    record Sum(int first, int end, BigDecimal amount, String currency) {
    }

    private static final Map<String, Integer> UNITS = Words.map(Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19)));
    private static final Map<String, Integer> TENS = Words.map(Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90));
    private static final Map<String, Long> SCALES = Words.map(Map.of("million", 1_000_000L, "billion", 1_000_000_000L,
            "trillion", 1_000_000_000_000L, "crore", 10_000_000L, "lakh", 100_000L));

    private SpelledSums() {
    }

    static boolean startsNumber(String folded) {
        return UNITS.containsKey(folded) || TENS.containsKey(folded);
    }

    /** The sum starting at token {@code first}, or null; {@code codes} maps a folded currency word to its code. */
    static Sum at(List<Token> tokens, int first, Function<String, String> codes) {
        Cursor c = new Cursor(tokens, first);
        long value = c.belowHundred();
        if (value <= 0) {
            return null;
        }
        if (c.take("hundred")) {
            value *= 100;
            c.take("and");
            value += Math.max(0, c.belowHundred());
        }
        if (c.take("thousand")) {
            value *= 1000;
        }
        Long scale = SCALES.get(c.peek());
        if (scale == null) {
            return null;
        }
        c.next();
        String currency = codes.apply(c.peek());
        if (currency == null && c.peek().equals("us")) {
            c.next();
            currency = codes.apply("us " + c.peek());
        }
        if (currency == null) {
            return null;
        }
        c.next();
        return new Sum(first, c.at, BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(scale)), currency);
    }

    /** Reads folded tokens forward; past the end it sees "". */
    private static final class Cursor {
        private final List<Token> tokens;
        private int at;

        Cursor(List<Token> tokens, int at) {
            this.tokens = tokens;
            this.at = at;
        }

        String peek() {
            return at < tokens.size() ? tokens.get(at).folded() : "";
        }

        void next() {
            at++;
        }

        boolean take(String word) {
            if (peek().equals(word)) {
                at++;
                return true;
            }
            return false;
        }

        /** "seven", "seventeen", "forty", "forty-five", "forty five": 0 when none. */
        long belowHundred() {
            Integer unit = UNITS.get(peek());
            if (unit != null) {
                at++;
                return unit;
            }
            Integer tens = TENS.get(peek());
            if (tens == null) {
                return 0;
            }
            at++;
            int mark = at;
            take("-");
            Integer rest = UNITS.get(peek());
            if (rest != null && rest < 10) {
                at++;
                return tens + rest;
            }
            at = mark;
            return tens;
        }
    }
}
