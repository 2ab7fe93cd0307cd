package org.tsunagu.extraction.internal.time;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year an article is written in, when only an anniversary says it: "the 40th anniversary of
 * the relationship, established in September 1984" is 2024; "Forty years after ... in March
 * 1983" is 2023. The founding year must stand in the same sentence.
 */
final class AnniversaryYear {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> UNIT_ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS_ORDINALS = List.of("", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
            "sixtieth", "seventieth", "eightieth", "ninetieth");
    private static final String NUMBER = "(\\d{1,3}(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)";
    private static final Pattern ANNIVERSARY = Pattern.compile("(?i)\\b" + NUMBER + " (?:anniversary|years (?:after|since))\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    /** "2022 is the 65th anniversary of ...", "2024 marks the 30th anniversary": the year named is the anniversary's own. */
    private static final Pattern YEAR_OF_ANNIVERSARY = Pattern.compile("(?i)\\b(1[89]\\d\\d|20\\d\\d),? (?:is|was|marks|marked"
            + "|will mark|celebrates) the " + NUMBER + " anniversary\\b");
    private static final Pattern SENTENCE = Pattern.compile("[^.\\n]+");

    private AnniversaryYear() {
    }

    static OptionalInt in(String text) {
        if (!text.contains("nniversary") && !text.contains("ears after") && !text.contains("ears since")) {
            return OptionalInt.empty();
        }
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            Matcher own = YEAR_OF_ANNIVERSARY.matcher(sentence.group());
            if (own.find()) {
                return OptionalInt.of(Integer.parseInt(own.group(1)));
            }
            Matcher anniversary = ANNIVERSARY.matcher(sentence.group());
            while (anniversary.find()) {
                int years = number(anniversary.group(1).toLowerCase(Locale.ROOT));
                Matcher founded = YEAR.matcher(sentence.group());
                if (years > 0 && founded.find()) {
                    return OptionalInt.of(Integer.parseInt(founded.group(1)) + years);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** "40th", "40", "forty", "fortieth", "forty-fifth": the number, or 0. */
    static int number(String word) {
        String digits = word.replaceAll("(st|nd|rd|th)$", "");
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        String[] parts = word.split("-");
        if (parts.length == 2) {
            int tens = Math.max(TENS.indexOf(parts[0]), 0);
            int unit = Math.max(UNITS.indexOf(parts[1]), UNIT_ORDINALS.indexOf(parts[1]));
            return tens >= 2 && unit > 0 ? tens * 10 + unit : 0;
        }
        for (List<String> words : List.of(UNITS, UNIT_ORDINALS)) {
            if (words.indexOf(word) > 0) {
                return words.indexOf(word);
            }
        }
        for (List<String> words : List.of(TENS, TENS_ORDINALS)) {
            if (words.indexOf(word) >= 2) {
                return words.indexOf(word) * 10;
            }
        }
        return 0;
    }
}
