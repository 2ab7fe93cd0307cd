package org.tsunagu.extraction.internal.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.model.document.Span;

/**
 * Sentences by ICU's rules with English abbreviation suppression, within lines: a line break
 * always ends a sentence, because headings, datelines and bullets carry no full stop.
 */
public final class SentenceSplitter implements Stage<Sentence> {

    private static final ULocale ENGLISH = new ULocale("en@ss=standard");
    /** Building a break iterator loads rules; cloning the one built here does not. */
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(ENGLISH);
    private static final Set<String> ABBREVIATIONS = Words.of("co", "ltd", "mr", "ms", "mrs", "dr", "inc", "corp",
            "no", "st", "jr", "prof", "gov", "u.s", "vs", "approx", "dept", "h.e", "hon", "sec", "dep", "lt", "smt");
    private static final Set<String> MONTHS = Words.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    @Override
    public String name() {
        return "split-sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Layer<Sentence> produces() {
        return Layers.SENTENCES;
    }

    @Override
    public List<Sentence> annotate(AnnotatedDocument document) {
        String text = document.text();
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Span> spans = new ArrayList<>();
        BreakIterator breaks = (BreakIterator) SENTENCES.clone();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(breaks, text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        List<Sentence> sentences = new ArrayList<>();
        int t = 0;
        for (Span span : spans) {
            while (t < tokens.size() && tokens.get(t).end() <= span.start()) {
                t++;
            }
            int first = t;
            while (t < tokens.size() && tokens.get(t).start() < span.end()) {
                t++;
            }
            if (t > first) {
                sentences.add(new Sentence(sentences.size(), span, first, t));
            }
        }
        return sentences;
    }

    private static void splitLine(BreakIterator breaks, String text, int from, int to, List<Span> spans) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        breaks.setText(line);
        int start = breaks.first();
        int pending = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            int s = pending >= 0 ? pending : start;
            if (end < line.length() && endsWithAbbreviation(line, end)) {
                pending = s;
                start = end;
                continue;
            }
            pending = -1;
            addTrimmed(line, from, s, end, spans);
            start = end;
        }
        if (pending >= 0) {
            addTrimmed(line, from, pending, line.length(), spans);
        }
    }

    private static boolean endsWithAbbreviation(String line, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || line.charAt(i - 1) != '.') {
            return false;
        }
        int j = i - 1;
        while (j > 0 && (Character.isLetter(line.charAt(j - 1)) || line.charAt(j - 1) == '.')) {
            j--;
        }
        String word = line.substring(j, i - 1).toLowerCase(java.util.Locale.ROOT);
        if (isInitial(line, j, i - 1, end)) {
            return true;
        }
        if (MONTHS.contains(word)) {
            // "Oct. 31", "Sept. 1, 2024": a month shortened before its day ends no sentence
            int k = end;
            while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
                k++;
            }
            return k < line.length() && Character.isDigit(line.charAt(k));
        }
        if (ABBREVIATIONS.contains(word)) {
            // "Co., Ltd. signed" ends no sentence; "Co. Ltd. The" still might, so look at what follows.
            int k = end;
            while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
                k++;
            }
            return k < line.length() && !(word.equals("ltd") || word.equals("inc") || word.equals("corp"))
                    || k < line.length() && !Character.isUpperCase(line.charAt(k));
        }
        return false;
    }

    /** "S. Ravindranath Hegde": one capital letter and a full stop before a capitalised word is an initial. */
    private static boolean isInitial(String line, int start, int end, int next) {
        if (end - start != 1 || !Character.isUpperCase(line.charAt(start))
                || start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            return false;
        }
        int k = next;
        while (k < line.length() && Character.isWhitespace(line.charAt(k))) {
            k++;
        }
        return k + 1 < line.length() && Character.isUpperCase(line.charAt(k)) && Character.isLowerCase(line.charAt(k + 1));
    }

    private static void addTrimmed(String line, int offset, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(offset + start, offset + end));
        }
    }
}
