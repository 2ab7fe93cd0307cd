package org.tsunagu.extraction.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Finds lists of coordinated names: members joined by commas, "and" or "as well as", each
 * possibly behind a class phrase ("the cities of", "the U.S. states of", "the Austrian city of")
 * and followed by a bracketed acronym. A country after a comma locates the place before it
 * ("Hue, Vietnam") and is read as part of that member, not as a member of its own.
 */
final class NameLists {

    private static final Set<String> CLASS_NOUNS = Words.of("city", "cities", "town", "towns", "province", "provinces",
            "prefecture", "prefectures", "state", "states", "region", "regions", "county", "counties", "district",
            "districts", "municipality", "municipalities", "capital", "port", "village", "villages");
    /** How many words a class phrase may put between "the" and "of": "the southern Chinese provinces of". */
    private static final int CLASS_REACH = 5;
    private static final Set<String> CITY_NOUNS = Words.of("city", "town", "village", "municipality");
    /** "MISTI and KOWBA": an unexpanded acronym of this many letters or more stands for a body. */
    private static final int ACRONYM_LENGTH = 3;
    private static final Set<String> CLASS_BREAKS = Words.of(",", "and", ";", "(", ")", "with", "between", "by");

    private NameLists() {
    }

    static List<NameList> read(List<Token> tokens, Sentence s, List<Mention> mentions) {
        Mention[] startingAt = new Mention[s.endToken() - s.firstToken()];
        for (Mention m : mentions) {
            if (s.containsToken(m.firstToken()) && startingAt[m.firstToken() - s.firstToken()] == null) {
                startingAt[m.firstToken() - s.firstToken()] = m;
            }
        }
        List<NameList> out = new ArrayList<>();
        int i = s.firstToken();
        while (i < s.endToken()) {
            int start = i;
            int at = afterClassPhrase(tokens, s, startingAt, i);
            Mention first = at < s.endToken() ? startingAt[at - s.firstToken()] : null;
            if (first == null || !isName(tokens, first, at > i || placeNoun(tokens, s, first)
                    || located(tokens, s, startingAt, first))) {
                i++;
                continue;
            }
            Mention owned = ownedName(tokens, s, startingAt, first);
            if (owned != null) {
                first = owned;
            }
            List<Mention> members = new ArrayList<>();
            members.add(first);
            int end = afterLocator(tokens, s, startingAt, afterBracket(tokens, s, first.endToken()));
            // "A, Japan; B, the Netherlands, and C": once members carry their countries, semicolons part them
            boolean located = false;
            boolean lastIsCity = cityClassed(tokens, s, at);
            while (true) {
                int sep = afterSeparator(tokens, s, end, located);
                if (sep == end) {
                    break;
                }
                int next = afterClassPhrase(tokens, s, startingAt, sep);
                Mention m = next < s.endToken() ? startingAt[next - s.firstToken()] : null;
                if (m == null || !isName(tokens, m, next > sep || placeNoun(tokens, s, m) || located(tokens, s, startingAt, m))) {
                    break;
                }
                if (m.isCountry() && tokens.get(end).is(",") && !members.get(members.size() - 1).isCountry()
                        && locatesOnly(tokens, s, m.endToken())) {
                    end = afterBracket(tokens, s, m.endToken());
                    located = true;
                    continue;
                }
                if (lastIsCity && next == sep && tokens.get(end).is(",") && isRegion(m)) {
                    // "the city of Orvale, Tarsen Province and the city of Milbrook": the province locates the city
                    end = afterBracket(tokens, s, m.endToken());
                    continue;
                }
                lastIsCity = cityClassed(tokens, s, next);
                Mention ownedNext = ownedName(tokens, s, startingAt, m);
                members.add(ownedNext != null ? ownedNext : m);
                end = afterLocator(tokens, s, startingAt, afterBracket(tokens, s, members.get(members.size() - 1).endToken()));
            }
            if (!qualifiesTitle(tokens, startingAt, s, members.get(members.size() - 1))) {
                out.add(new NameList(start, end, members));
            }
            i = end;
        }
        return out;
    }

    /** A place, organisation or group; another capitalised name only behind a class phrase or of several words. */
    private static boolean isName(List<Token> tokens, Mention m, boolean classed) {
        return m.isActor() || m.is(Mention.Type.OTHER) && (classed || m.endToken() - m.firstToken() >= 2
                || tokens.get(m.firstToken()).isAcronym() && tokens.get(m.firstToken()).text().length() >= ACRONYM_LENGTH);
    }

    /**
     * "Labour and Foreign Employment Minister X", "Kenya's Trade Minister X": names right before a title, or owning
     * it, qualify it and list no parties.
     */
    private static boolean qualifiesTitle(List<Token> tokens, Mention[] startingAt, Sentence s, Mention last) {
        int after = last.endToken();
        if (after + 1 < s.endToken() && tokens.get(after).is("'s")) {
            after++;
        }
        return after < s.endToken() && startingAt[after - s.firstToken()] != null
                && startingAt[after - s.firstToken()].is(Mention.Type.TITLE);
    }

    /** The name at {@code at} follows "the city of". */
    private static boolean cityClassed(List<Token> tokens, Sentence s, int at) {
        return at - 2 >= s.firstToken() && tokens.get(at - 1).is("of") && CITY_NOUNS.contains(tokens.get(at - 2).folded());
    }

    private static boolean isRegion(Mention m) {
        return m.is(Mention.Type.PLACE) && m.place() != null && m.place().kind() == Place.Kind.REGION;
    }

    /** "Apeldoorn, the Netherlands": a name a country locates after a comma is a place's name. */
    private static boolean located(List<Token> tokens, Sentence s, Mention[] startingAt, Mention m) {
        int after = m.endToken();
        return after + 1 < s.endToken() && tokens.get(after).is(",") && countryAt(tokens, s, startingAt, after + 1);
    }

    /** "the O'Higgins region": a lower-case class noun after a name makes it a place's name. */
    private static boolean placeNoun(List<Token> tokens, Sentence s, Mention m) {
        int after = m.endToken();
        return after < s.endToken() && CLASS_NOUNS.contains(tokens.get(after).folded()) && !tokens.get(after).isCapitalized();
    }

    /** "Hue, Vietnam, and ...": the country closes its member's apposition when a comma, stop or verb follows. */
    private static boolean locatesOnly(List<Token> tokens, Sentence s, int after) {
        return after >= s.endToken() || !tokens.get(after).is("and");
    }

    /** Skips "the" and a class phrase "the U.S. states of"; returns where the name would start. */
    private static int afterClassPhrase(List<Token> tokens, Sentence s, Mention[] startingAt, int i) {
        // "The Ehime Prefectural Federation": a name may begin with its article
        int k = i < s.endToken() && tokens.get(i).is("the") && startingAt[i - s.firstToken()] == null ? i + 1 : i;
        for (int j = k; j < Math.min(s.endToken() - 1, k + CLASS_REACH); j++) {
            String f = tokens.get(j).folded();
            if (CLASS_BREAKS.contains(f)) {
                break;
            }
            if (CLASS_NOUNS.contains(f) && tokens.get(j + 1).is("of") && !tokens.get(j).isCapitalized()) {
                // "the Shanxi province of China" names Shanxi and locates it; "the German city of Ulm" names Ulm
                return countryAt(tokens, s, startingAt, j + 2) ? k : j + 2;
            }
        }
        return k;
    }

    /** "Japan's Bank of Tokyo": the place owns the name after it, which is the member. */
    private static Mention ownedName(List<Token> tokens, Sentence s, Mention[] startingAt, Mention owner) {
        int after = owner.endToken();
        if (!owner.is(Mention.Type.PLACE) || after + 1 >= s.endToken() || !tokens.get(after).is("'s")) {
            return null;
        }
        Mention owned = startingAt[after + 1 - s.firstToken()];
        return owned != null && isName(tokens, owned, false) ? owned : null;
    }

    /**
     * Skips what locates a member in a place: "the O'Higgins region of Chile", "Central Province of the
     * Republic of Zambia". Only a country is skipped this way, so that "the Port of Bilbao" keeps its name.
     */
    private static int afterLocator(List<Token> tokens, Sentence s, Mention[] startingAt, int i) {
        int k = i;
        if (k < s.endToken() && CLASS_NOUNS.contains(tokens.get(k).folded()) && !tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k + 1 >= s.endToken() || !tokens.get(k).is("of")) {
            return i;
        }
        k++;
        if (tokens.get(k).is("the")) {
            k++;
        }
        return countryAt(tokens, s, startingAt, k) ? startingAt[k - s.firstToken()].endToken() : i;
    }

    private static boolean countryAt(List<Token> tokens, Sentence s, Mention[] startingAt, int i) {
        int k = i < s.endToken() && tokens.get(i).is("the") ? i + 1 : i;
        Mention place = k < s.endToken() ? startingAt[k - s.firstToken()] : null;
        return place != null && place.isCountry();
    }

    /** Skips a bracketed acronym or short gloss right after a name: "(KCCI)". */
    private static int afterBracket(List<Token> tokens, Sentence s, int i) {
        if (i + 2 < s.endToken() && tokens.get(i).is("(")) {
            for (int j = i + 1; j < Math.min(s.endToken(), i + 6); j++) {
                if (tokens.get(j).is(")")) {
                    return j + 1;
                }
            }
        }
        return i;
    }

    /** Skips ",", "and", ", and", "as well as"; returns {@code i} when none is there. */
    private static int afterSeparator(List<Token> tokens, Sentence s, int i, boolean located) {
        int k = i;
        if (k < s.endToken() && (tokens.get(k).is(",") || located && tokens.get(k).is(";"))) {
            k++;
        }
        if (k < s.endToken() && tokens.get(k).is("and")) {
            k++;
        } else if (k + 2 < s.endToken() && tokens.get(k).is("as") && tokens.get(k + 1).is("well")
                && tokens.get(k + 2).is("as")) {
            k += 3;
        }
        return k;
    }
}
