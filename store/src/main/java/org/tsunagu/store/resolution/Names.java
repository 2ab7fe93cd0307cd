package org.tsunagu.store.resolution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.store.text.Folding;

/** Names as the resolver compares them: folded, punctuation as spaces, no leading article. */
final class Names {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_ACRONYM = Pattern.compile("^(.*\\S)\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}&-]+)\\s*\\)$");

    private static final NameMemo<String> CLEANED = new NameMemo<>(Names::cleanAnew);
    private static final NameMemo<WithAcronym> SPLIT = new NameMemo<>(Names::splitAnew);

    private Names() {
    }

    /** "The Đà Nẵng People's Committee" reads "da nang people s committee". */
    static String clean(String name) {
        return CLEANED.of(name);
    }

    private static String cleanAnew(String name) {
        String words = NOT_LETTERS.matcher(Folding.fold(name)).replaceAll(" ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /** A name the extractor gave with its acronym: "Japan External Trade Organization (JETRO)". */
    record WithAcronym(String name, String acronym) {
    }

    static WithAcronym splitAcronym(String name) {
        return SPLIT.of(name);
    }

    private static WithAcronym splitAnew(String name) {
        Matcher m = TRAILING_ACRONYM.matcher(name.strip());
        return m.matches() ? new WithAcronym(m.group(1), m.group(2)) : new WithAcronym(name.strip(), null);
    }
}
