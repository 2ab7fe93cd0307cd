package org.tsunagu.extraction.internal.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;

/** Acronyms defined in brackets after a name ("Japan External Trade Organization (JETRO)"). */
final class Acronyms {

    private Acronyms() {
    }

    /** The acronym in brackets just after the mention, or null. */
    static String definedAt(List<Token> tokens, Mention m, Sentence s) {
        int i = m.endToken();
        if (i + 2 < s.endToken() && tokens.get(i).text().equals("(") && tokens.get(i + 1).isAcronym()
                && tokens.get(i + 2).text().equals(")")) {
            return tokens.get(i + 1).text();
        }
        if (i + 3 < s.endToken() && tokens.get(i).text().equals("(") && tokens.get(i + 1).isAcronym()
                && tokens.get(i + 2).isCapitalized() && tokens.get(i + 3).text().equals(")")) {
            return tokens.get(i + 1).text();
        }
        return null;
    }

    /** Every later use of a defined acronym names the organisation in full; the definition itself is dropped. */
    static List<Mention> expand(List<Mention> mentions, Map<String, String> acronyms, List<Token> tokens) {
        if (acronyms.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String full = acronyms.get(tokens.get(m.firstToken()).text());
            if (full != null && m.endToken() - m.firstToken() > 1 && !(m.endToken() - m.firstToken() == 2
                    && m.endToken() < tokens.size() && tokens.get(m.endToken()).text().equals(")"))) {
                full = null;
            }
            boolean definition = full != null && m.firstToken() > 0 && tokens.get(m.firstToken() - 1).text().equals("(");
            if (definition) {
                continue;
            }
            out.add(full == null ? m : m.withType(Mention.Type.ORGANISATION, full));
        }
        return out;
    }
}
