package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * The person a title belongs to, in the order a reader would look: right after the title ("Mayor
 * Ito Jun", "Minister H.E. Hem Sok"), in apposition before it ("Ito Jun, the Mayor of",
 * "Mrs. Le Lan - Deputy Head of"), after a comma ("Prime Minister, Tan Sri Musa"), or after the
 * title's phrase ("Chairman of the Hai Duong People's Committee Pham Tuan", "Deputy Secretary of X
 * and Mayor of Y Le Minh", "Minister of Land, Transport and Tourism Sato Ken").
 */
final class TitleHolders {

    /** Where the holder was found: it decides where the title's organisation is looked for. */
    enum Side { AFTER, BEFORE }

    /** The holder, and where the title's own phrase ends (before "and" and the next title of a compound). */
    record Holder(Mention person, Side side, int phraseEnd) {
    }

    /** Lower-case words inside a title's phrase: "of the provincial People's Committee", "in Da Nang". */
    private static final Set<String> PHRASE_WORDS = Words.of("of", "to", "in", "at", "for", "the", "'s", "on", "de", "du",
            "provincial", "municipal", "city", "prefectural", "prefecture", "province", "district", "town", "county",
            "state", "national", "(", ")", "-", "&");
    private static final int LONGEST_PHRASE = 20;

    private final Set<String> honorific;

    TitleHolders(Set<String> honorific) {
        this.honorific = honorific;
    }

    Holder find(DocumentView view, Sentence s, List<Mention> mentions, int titleStart, int end) {
        Mention person = rightAfter(view, s, mentions, end);
        if (person != null) {
            return new Holder(person, Side.AFTER, end);
        }
        // "Name1, Director of X Name2": the person the phrase runs into, unless a comma sets that one apart
        Holder phrase = afterPhrase(view, s, mentions, end);
        if (phrase != null && !view.f(phrase.person().firstToken() - 1).equals(",")) {
            return phrase;
        }
        person = RoleStage.personBefore(view, s, mentions, titleStart);
        if (person != null) {
            return new Holder(person, Side.BEFORE, end);
        }
        if (view.f(end).equals(",")) {
            person = personAt(mentions, skipHonorific(view, end + 1));
            return person == null ? null : new Holder(person, Side.AFTER, end);
        }
        return phrase;
    }

    /** "Mayor Ito Jun", "Minister H.E. Hem Sok", "Principal Secretary (Industries) Meera Patel". */
    private Mention rightAfter(DocumentView view, Sentence s, List<Mention> mentions, int end) {
        if (view.f(end).equals("(")) {
            int close = end;
            while (close < s.endToken() && !view.f(close).equals(")")) {
                close++;
            }
            end = close + 1;
        }
        return personAt(mentions, skipHonorific(view, end));
    }

    private int skipHonorific(DocumentView view, int i) {
        if (honorific.contains(view.f(i))) {
            i += view.f(i + 1).equals(".") ? 2 : 1;
        }
        return i;
    }

    private static Mention personAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.firstToken() == token && m.is(Mention.Type.PERSON)) {
                return m;
            }
        }
        return null;
    }

    private static Mention mentionAt(List<Mention> mentions, int token) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.firstToken() == token && (found == null || m.is(Mention.Type.PERSON) || m.is(Mention.Type.TITLE))) {
                found = m;
            }
        }
        return found;
    }

    /**
     * The person after the title's phrase of names, lower-case place words, commas and "and" between
     * capitalised words; a verb or a clause ends the phrase. "and" before another title makes a compound
     * whose titles share the person after the last.
     */
    private Holder afterPhrase(DocumentView view, Sentence s, List<Mention> mentions, int end) {
        String opening = view.f(end);
        if (!(TitleOrganisation.OF.contains(opening) || opening.equals("to") || opening.equals("in"))) {
            return null;
        }
        int phraseEnd = -1;
        int i = end;
        while (i < s.endToken() && i - end <= LONGEST_PHRASE) {
            Mention m = mentionAt(mentions, i);
            if (m != null && m.is(Mention.Type.PERSON)) {
                return new Holder(m, Side.AFTER, phraseEnd < 0 ? i : phraseEnd);
            }
            if (m != null && m.is(Mention.Type.TITLE)) {
                if (phraseEnd < 0 || i != phraseEnd + 1) {
                    return null;
                }
                i = m.endToken();
                continue;
            }
            if (m != null) {
                i = m.endToken();
                continue;
            }
            String f = view.f(i);
            if (f.equals("and")) {
                Mention next = mentionAt(mentions, i + 1);
                if (next != null && next.is(Mention.Type.TITLE) && phraseEnd < 0) {
                    phraseEnd = i;
                } else if (next != null && next.is(Mention.Type.PERSON) || !view.token(i + 1).isCapitalized()) {
                    // "Chairman of Foo Corp and Le Van Binh": the person after "and" is another guest
                    return null;
                }
                i++;
            } else if (f.equals(",")) {
                Mention next = mentionAt(mentions, skipHonorific(view, i + 1));
                if (next == null && !view.token(i + 1).isCapitalized() || next != null && next.is(Mention.Type.TITLE)) {
                    return null;
                }
                i++;
            } else if (honorific.contains(f) || f.equals(".") && honorific.contains(view.f(i - 1))) {
                i++;
            } else if (view.token(i).isCapitalized() || PHRASE_WORDS.contains(f)) {
                i++;
            } else {
                return null;
            }
        }
        return null;
    }
}
