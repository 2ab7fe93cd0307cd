package org.tsunagu.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet} of plain parts instead of markup, so the
 * page escapes the article's text like any other. Passages are joined by an ellipsis, and one
 * that starts or ends inside the text is marked by one.
 */
final class SnippetFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        Parts parts = new Parts();
        int previousEnd = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > previousEnd || (passage.getStartOffset() > 0 && parts.isEmpty())) {
                parts.add(ELLIPSIS + " ", false);
            }
            int position = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                // A phrase match may run past the passage's sentence end (words on either side of a
                // full stop): only the part inside the passage is marked.
                int start = Math.max(passage.getMatchStarts()[i], position);
                int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (end <= start) {
                    continue;
                }
                parts.add(content.substring(position, start), false);
                parts.add(content.substring(start, end), true);
                position = end;
            }
            parts.add(content.substring(position, passage.getEndOffset()), false);
            previousEnd = passage.getEndOffset();
        }
        if (passages.length > 0 && previousEnd < content.length()) {
            parts.add(" " + ELLIPSIS, false);
        }
        return new Snippet(parts.list);
    }

    /** Parts with line breaks as spaces and neighbours of the same kind joined. */
    private static final class Parts {
        private final List<Snippet.Part> list = new ArrayList<>();

        void add(String text, boolean match) {
            String flat = text.replaceAll("\\s+", " ");
            if (list.isEmpty()) {
                flat = flat.stripLeading();
            }
            if (flat.isEmpty()) {
                return;
            }
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).match() == match) {
                list.set(last, new Snippet.Part((list.get(last).text() + flat).replaceAll("\\s+", " "), match));
            } else {
                list.add(new Snippet.Part(flat, match));
            }
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }
}
