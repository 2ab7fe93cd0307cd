package org.tsunagu.store.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a document defines: "the Thailand Board of Investment (BOI)" makes "BOI" and "Board of
 * Investment" one name in that document. The long form is the widest run of words before the
 * bracket that starts with the acronym's first letter and holds its letters in order, so
 * "Quang Ninh (VNA)", a news agency's credit, defines nothing.
 */
final class Acronyms {

    /** What a bracket holds when it defines an acronym: "(JETRO)", "(KADIN Indonesia)". */
    private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}(?: \\p{Lu}\\p{L}+)?)\\)");
    private static final int WORDS_BEFORE = 10;
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}.*");

    private Acronyms() {
    }

    /** Cleaned acronym to cleaned long form ("boi" to "board of investment"). */
    static Map<String, String> definedIn(String text) {
        Map<String, String> definitions = new HashMap<>();
        // Brackets are found first and the words before them read backwards: a pattern that
        // matched the words too would try every position of the text.
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            Matcher m = BRACKETED.matcher(text).region(open, Math.min(text.length(), open + 40));
            if (!m.lookingAt()) {
                continue;
            }
            String[] words = wordsBefore(text, open);
            if (words.length == 0) {
                continue;
            }
            // "(KADIN Indonesia)": the letters are the first word's; the name is the whole
            String acronym = m.group(1);
            longForm(words, acronym.split(" ")[0])
                    .ifPresent(form -> definitions.putIfAbsent(Names.clean(acronym), Names.clean(form)));
        }
        return definitions;
    }

    /** Up to ten words separated by single spaces that end just before the bracket. */
    private static String[] wordsBefore(String text, int open) {
        java.util.ArrayDeque<String> words = new java.util.ArrayDeque<>();
        int end = open - 1;
        while (words.size() < WORDS_BEFORE && end > 0 && text.charAt(end) == ' ') {
            int start = end;
            while (start > 0 && isWordChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                break;
            }
            words.addFirst(text.substring(start, end));
            end = start - 1;
        }
        return words.toArray(String[]::new);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || "'’.&-".indexOf(c) >= 0;
    }

    private static java.util.Optional<String> longForm(String[] words, String acronym) {
        char first = Character.toLowerCase(acronym.charAt(0));
        String letters = acronym.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        for (int start = Math.max(0, words.length - letters.length() - 3); start < words.length; start++) {
            if (!CAPITALISED.matcher(words[start]).matches()
                    || Character.toLowerCase(words[start].charAt(0)) != first) {
                continue;
            }
            List<String> run = new ArrayList<>(List.of(words).subList(start, words.length));
            String joined = String.join(" ", run);
            if (inOrder(letters, Names.clean(joined).replace(" ", ""))) {
                return java.util.Optional.of(joined);
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean inOrder(String letters, String text) {
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = text.indexOf(letters.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
