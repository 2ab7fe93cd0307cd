package org.tsunagu.extraction.internal.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Second look at names once every mention is known: a name after a title's of-phrase is a person
 * ("Chairman of the provincial People's Committee Le Minh Tam", "Ambassador to Japan, Deepa
 * Gopalan Wadhwa"); a name seen as a person once is a person everywhere; a bare surname or given
 * name of a known person is that person ("Quang", "Yamamoto").
 */
final class Persons {

    private static final Set<String> PHRASE_WORDS = Words.of("of", "for", "to", "in", "at", "the", "'s", "municipal",
            "provincial", "city", "prefectural", "prefecture", "province", "state", "national", "-", ",", "and");
    private static final Set<String> PRONOUNS = Words.of("he", "she", "it", "we", "they", "i", "you", "his", "her", "its",
            "the", "a", "an", "this", "that", "mr", "ms", "dr");

    private Persons() {
    }

    static List<Mention> complete(String text, List<Token> tokens, List<Mention> mentions) {
        TreeMap<Integer, Mention> byStart = new TreeMap<>();
        for (Mention m : mentions) {
            byStart.merge(m.firstToken(), m, (a, b) -> a.is(Mention.Type.TITLE) ? b : a);
        }
        Map<Integer, Mention> byEnd = new HashMap<>();
        boolean[] title = new boolean[tokens.size()];
        for (Mention m : mentions) {
            if (m.is(Mention.Type.TITLE)) {
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    title[i] = true;
                }
            } else {
                byEnd.put(m.endToken(), m);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.is(Mention.Type.OTHER) && NameClassifier.isPersonShape(tokens, m.firstToken(), m.endToken())
                    && m.endToken() - m.firstToken() >= 2 && followsTitlePhrase(tokens, m.firstToken(), title, byEnd)) {
                out.add(m.withType(Mention.Type.PERSON, m.name()));
            } else {
                out.add(m);
            }
        }
        Map<String, String> fullNames = new HashMap<>();
        Map<String, String> partNames = new HashMap<>();
        for (Mention m : out) {
            if (m.is(Mention.Type.PERSON) && m.endToken() - m.firstToken() >= 2) {
                fullNames.put(folded(tokens, m), m.name());
                for (int i = m.firstToken(); i < m.endToken(); i++) {
                    Token t = tokens.get(i);
                    if (t.isWord() && t.text().length() > 1 && !PRONOUNS.contains(t.folded())) {
                        partNames.merge(t.folded(), m.name(), (a, b) -> a.equals(b) ? a : "");
                    }
                }
            }
        }
        Map<String, Set<String>> placeNamesByFirstWord = placeNamesByFirstWord(out, tokens);
        List<Mention> result = new ArrayList<>(out.size());
        for (Mention m : out) {
            boolean cityWord = m.is(Mention.Type.PLACE) && m.endToken() - m.firstToken() == 1 && m.place() != null
                    && m.place().kind() == org.tsunagu.extraction.internal.lexicon.Place.Kind.CITY;
            if (m.is(Mention.Type.OTHER) || cityWord || m.is(Mention.Type.PERSON) && m.endToken() - m.firstToken() == 1) {
                String full = fullNames.get(folded(tokens, m));
                if (full == null && m.endToken() - m.firstToken() == 1 && (!cityWord || placeIsOnlyInNames(m, placeNamesByFirstWord, tokens))) {
                    String part = partNames.get(tokens.get(m.firstToken()).folded());
                    full = part == null || part.isEmpty() ? null : part;
                }
                if (full != null) {
                    result.add(m.withType(Mention.Type.PERSON, full));
                    continue;
                }
            }
            result.add(m);
        }
        return result;
    }

    /** A one-word city ("Khoa") that never appears except as part of a person's name is that person. */
    private static boolean placeIsOnlyInNames(Mention city, Map<String, Set<String>> placeNamesByFirstWord,
            List<Token> tokens) {
        Set<String> names = placeNamesByFirstWord.getOrDefault(tokens.get(city.firstToken()).folded(), Set.of());
        return names.size() == 1 && names.contains(city.name()) || names.isEmpty();
    }

    /** Gathered once per document: asking every city word of every mention made this quadratic. */
    private static Map<String, Set<String>> placeNamesByFirstWord(List<Mention> mentions, List<Token> tokens) {
        Map<String, Set<String>> names = new HashMap<>();
        for (Mention m : mentions) {
            if (m.is(Mention.Type.PLACE)) {
                names.computeIfAbsent(tokens.get(m.firstToken()).folded(), w -> new HashSet<>()).add(m.name());
            }
        }
        return names;
    }

    private static boolean followsTitlePhrase(List<Token> tokens, int first, boolean[] title, Map<Integer, Mention> byEnd) {
        int i = first - 1;
        if (i >= 0 && tokens.get(i).text().equals(",")) {
            i--;
        } else if (i >= 0 && tokens.get(i).is("and")) {
            // "Governor of Aomori Sato Ken and Siam Fresh Gallery": what follows the person is another party
            return false;
        }
        boolean sawPhrase = false;
        for (int steps = 0; i >= 0 && steps < 16; steps++) {
            if (title[i]) {
                return sawPhrase;
            }
            Mention m = byEnd.get(i + 1);
            if (m != null && m.firstToken() <= i && !m.is(Mention.Type.PERSON)) {
                i = m.firstToken() - 1;
                sawPhrase = true;
                continue;
            }
            if (!PHRASE_WORDS.contains(tokens.get(i).folded())
                    || tokens.get(i).is("for") && (i == 0 || !title[i - 1])) {
                // "Minister for Economic Affairs Anna Lechner"; but "Vice Chair of KADIN for International Relations"
                // names a portfolio, not a person
                return false;
            }
            i--;
        }
        return false;
    }

    private static String folded(List<Token> tokens, Mention m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.firstToken(); i < m.endToken(); i++) {
            b.append(tokens.get(i).folded()).append(' ');
        }
        return b.toString();
    }
}
