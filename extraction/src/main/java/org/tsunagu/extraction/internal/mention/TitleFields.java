package org.tsunagu.extraction.internal.mention;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * "Tourism Ambassador", "Foreign Minister", "Labour and Foreign Employment Minister": field words right
 * before a title are part of it, not an organisation of their own, when they share its case ("the
 * education minister of Bavaria" too). Not when they end a name ("Department of Planning and Investment
 * Director"): there the words belong to the body.
 */
final class TitleFields {

    /** Words between a capitalised word and a field that show the field continues a name. */
    private static final Set<String> NAME_JOINERS = Words.of("of", "for", "and", "&");

    private TitleFields() {
    }

    static Lookup widen(String text, List<Token> tokens, Lookup title, Map<Integer, Lookup> placeAt, Set<String> fields) {
        int first = title.firstToken();
        boolean capitalised = tokens.get(first).isCapitalized();
        int i = first - 1;
        while (i >= 0) {
            if (isField(tokens.get(i), i, placeAt, fields, capitalised)) {
                first = i;
                i--;
            } else if (tokens.get(i).is("and") && i - 1 >= 0 && i + 1 == first
                    && isField(tokens.get(i - 1), i - 1, placeAt, fields, capitalised)) {
                i--;
            } else {
                break;
            }
        }
        if (first == title.firstToken() || first > 1 && NAME_JOINERS.contains(tokens.get(first - 1).folded())
                && tokens.get(first - 2).isCapitalized()) {
            return title;
        }
        String fieldWords = text.substring(tokens.get(first).start(), tokens.get(title.firstToken() - 1).end());
        // a lower-case title is kept as written ("education minister"), a capitalised one in its lexicon form
        String name = capitalised ? fieldWords + " " + title.title()
                : text.substring(tokens.get(first).start(), tokens.get(title.endToken() - 1).end());
        return new Lookup(first, title.endToken(), Lookup.Category.TITLE, null, name);
    }

    private static boolean isField(Token t, int i, Map<Integer, Lookup> placeAt, Set<String> fields, boolean capitalised) {
        return t.isCapitalized() == capitalised && t.isWord() && fields.contains(t.folded()) && !placeAt.containsKey(i);
    }
}
