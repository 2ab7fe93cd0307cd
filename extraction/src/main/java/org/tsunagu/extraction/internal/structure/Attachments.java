package org.tsunagu.extraction.internal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/** Prepositions that take a list of names right after them: "between A and B", "with B", "by A". */
final class Attachments {

    private static final Set<String> PREPOSITIONS = Words.of("between", "with", "by", "among", "from", "to");

    private Attachments() {
    }

    static List<Attachment> read(List<Token> tokens, Sentence s, List<NameList> lists) {
        List<Attachment> out = new ArrayList<>();
        int next = 0;
        for (int i = s.firstToken(); i < s.endToken() - 1; i++) {
            String f = tokens.get(i).folded();
            if (!PREPOSITIONS.contains(f)) {
                continue;
            }
            while (next < lists.size() && lists.get(next).firstToken() <= i) {
                next++;
            }
            if (next < lists.size() && lists.get(next).firstToken() == i + 1) {
                out.add(new Attachment(i, f, lists.get(next)));
            }
        }
        return out;
    }
}
