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

    private static final Pattern DEFINITION = Pattern.compile("((?:[\\p{L}\\p{N}'’.&-]+ ){1,10})\\((\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9}(?: \\p{Lu}\\p{L}+)?)\\)");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}.*");

    private Acronyms() {
    }

    /** Cleaned acronym to cleaned long form ("boi" to "board of investment"). */
    static Map<String, String> definedIn(String text) {
        Map<String, String> definitions = new HashMap<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            // "(KADIN Indonesia)": the letters are the first word's; the name is the whole
            String acronym = m.group(2);
            longForm(m.group(1).strip().split(" "), acronym.split(" ")[0])
                    .ifPresent(form -> definitions.putIfAbsent(Names.clean(acronym), Names.clean(form)));
        }
        return definitions;
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
