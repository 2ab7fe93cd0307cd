package org.tsunagu.extraction.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Tries date patterns only at the tokens where a date can start (a month or weekday name, a
 * number, a relative word), so a sentence is never scanned whole once per pattern; a match never
 * overlaps one found before.
 */
final class PatternScanner {

    static final Set<String> MONTH_WORDS = Words.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    static final Set<String> WEEKDAYS = Words.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    private static final Set<String> LEADS = Words.of("early", "mid", "late", "in", "since", "the", "end", "beginning",
            "middle");

    private PatternScanner() {
    }

    /**
     * The calendar patterns in order at each token where a date can start (a month or weekday name, a
     * number, or a word like "early" or "the end of" just before a month); the first that reads wins.
     */
    static void scanAnchored(List<Pattern> patterns, List<DateReader> readers, String sentence, int base,
            List<Token> tokens, Sentence s, List<FoundDate> found) {
        List<Matcher> matchers = new ArrayList<>(patterns.size());
        for (Pattern p : patterns) {
            matchers.add(p.matcher(sentence).useTransparentBounds(true));
        }
        int covered = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            String f = t.folded();
            boolean start = MONTH_WORDS.contains(f) || WEEKDAYS.contains(f) || t.isNumber()
                    || LEADS.contains(f) && monthWithin(tokens, i + 1, Math.min(s.endToken(), i + 4));
            int offset = t.start() - base;
            if (!start || offset < covered) {
                continue;
            }
            for (int k = 0; k < matchers.size(); k++) {
                Matcher m = matchers.get(k).region(offset, sentence.length());
                if (m.lookingAt()) {
                    FoundDate read = read(readers.get(k), m);
                    if (read == null && (patterns.get(k) == DatePatterns.MDY && m.group(3) == null
                            || patterns.get(k) == DatePatterns.DM)) {
                        read = new FoundDate(0, 0, null, null, "yearless");
                    }
                    if (read != null) {
                        found.add(read.at(m.start(), m.end()));
                        covered = m.end();
                        break;
                    }
                }
            }
        }
    }

    /** One pattern tried only at tokens that can begin it (numbers always can). */
    static void scanAt(Pattern pattern, String sentence, int base, List<Token> tokens, Sentence s, Set<String> starts,
            boolean numbersStart, List<FoundDate> found, DateReader reader) {
        Matcher m = pattern.matcher(sentence).useTransparentBounds(true);
        int covered = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            int offset = t.start() - base;
            if (offset < covered || !(starts.contains(t.folded()) || t.isNumber() && numbersStart)) {
                continue;
            }
            m.region(offset, sentence.length());
            if (!m.lookingAt()) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            boolean overlaps = false;
            for (FoundDate f : found) {
                overlaps |= start < f.end() && f.start() < end;
            }
            if (overlaps) {
                continue;
            }
            FoundDate f = read(reader, m);
            if (f != null) {
                found.add(f.at(start, end));
                covered = end;
            }
        }
    }

    /** A match whose numbers make no date ("February 30") reads as none. */
    private static FoundDate read(DateReader reader, Matcher m) {
        try {
            return reader.read(m);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean monthWithin(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (MONTH_WORDS.contains(tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }
}
