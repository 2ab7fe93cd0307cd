package org.tsunagu.store.duplicates;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tsunagu.store.text.Folding;

/**
 * OpenRefine's fingerprint key: the folded name without punctuation, its words sorted and each
 * kept once, so "Sakai, City of" and "City of Sakai" collide and "Ken Sato" meets "Sato Ken".
 */
final class NameFingerprint {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

    private NameFingerprint() {
    }

    static String of(String name) {
        return words(name).stream().distinct().sorted().collect(Collectors.joining(" "));
    }

    /** The folded name's words, in order, punctuation taken for a space ("Jin-ho" is two words). */
    static List<String> words(String name) {
        String words = PUNCTUATION.matcher(Folding.fold(name)).replaceAll(" ").strip();
        return Arrays.stream(words.split(" +")).filter(word -> !word.isEmpty()).toList();
    }

    /** The folded name's letters and digits run together, for comparing spellings that space words apart differently. */
    static String letters(String name) {
        return PUNCTUATION.matcher(Folding.fold(name)).replaceAll("").replace(" ", "");
    }
}
