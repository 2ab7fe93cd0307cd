package org.tsunagu.extraction.internal.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.time.PartialDate;

/**
 * Finds and normalises dates, sentence by sentence: calendar dates and ranges ({@link
 * DatePatterns}), relative ones ({@link RelativeDates}) and bare years, each tried only where the
 * sentence holds a word that can begin it. Each date gets its role ("since 1979", "until July
 * 19"), and "from Saturday to Monday" becomes one range. The story's last dated day carries over
 * to the next sentences for "the same day" and "a day later".
 */
public final class DateStage implements Stage<DateMention> {

    @Override
    public String name() {
        return "normalise-dates";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.DOCUMENT_DATE);
    }

    @Override
    public Layer<DateMention> produces() {
        return Layers.DATES;
    }

    @Override
    public List<DateMention> annotate(AnnotatedDocument document) {
        String text = document.text();
        List<Token> tokens = document.get(Layers.TOKENS);
        DocumentDate docDate = document.single(Layers.DOCUMENT_DATE);
        PartialDate anchor = docDate.date().orElse(null);
        List<DateReader> pastReaders = DatePatterns.readers(anchor, false);
        List<DateReader> futureReaders = DatePatterns.readers(anchor, true);
        List<DateMention> out = new ArrayList<>();
        PartialDate story = null;
        for (Sentence s : document.get(Layers.SENTENCES)) {
            boolean future = RelativeDates.speaksOfTheFuture(tokens, s);
            List<FoundDate> found = find(text, tokens, s, anchor, story, future, future ? futureReaders : pastReaders);
            List<DateMention> inSentence = new ArrayList<>();
            for (FoundDate f : found) {
                Span span = new Span(s.span().start() + f.start(), s.span().start() + f.end());
                int first = tokenAt(tokens, s, span.start());
                int end = tokenAfter(tokens, s, span.end());
                if (first < 0 || end <= first) {
                    continue;
                }
                inSentence.add(new DateMention(first, end, span, f.date(), f.endDate(), span.of(text), role(tokens, s, first),
                        f.kind().equals("relative")));
            }
            out.addAll(mergeFromTo(tokens, inSentence));
            for (DateMention d : inSentence) {
                if (d.resolved() && d.date().hasDay() && anchor != null && d.role() == DateMention.Role.AT
                        && Math.abs(d.date().firstDay().toEpochDay() - anchor.firstDay().toEpochDay()) < 400
                        && !docDate.dateline().map(l -> l.contains(d.span())).orElse(false)) {
                    story = d.date();
                    break;
                }
            }
        }
        return out;
    }

    /** The dates of one sentence in text order, trying only the kinds its words can begin. */
    private static List<FoundDate> find(String text, List<Token> tokens, Sentence s, PartialDate anchor, PartialDate story,
            boolean future, List<DateReader> calendarReaders) {
        String sentence = s.span().of(text);
        int base = s.span().start();
        List<FoundDate> found = new ArrayList<>();
        boolean month = false;
        boolean weekday = false;
        boolean relative = false;
        boolean number = false;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String f = tokens.get(i).folded();
            month |= PatternScanner.MONTH_WORDS.contains(f);
            weekday |= f.endsWith("day") && PatternScanner.WEEKDAYS.contains(f);
            relative |= RelativeDates.RELATIVE_WORDS.contains(f);
            number |= tokens.get(i).isNumber();
        }
        if (month || number) {
            PatternScanner.scanAnchored(DatePatterns.PATTERNS, calendarReaders, sentence, base, tokens, s, found);
        }
        if (relative) {
            PatternScanner.scanAt(RelativeDates.RELATIVE, sentence, base, tokens, s, RelativeDates.RELATIVE_STARTS, true,
                    found, m -> RelativeDates.found(m, anchor, story, found));
        }
        if (weekday) {
            PatternScanner.scanAt(RelativeDates.WEEKDAY, sentence, base, tokens, s, RelativeDates.WEEKDAY_STARTS, false,
                    found, m -> RelativeDates.weekday(anchor, m.group(1), m.group(2), future));
        }
        if (number) {
            PatternScanner.scanAt(DatePatterns.YEAR, sentence, base, tokens, s, Set.of(), true, found,
                    m -> DatePatterns.year(sentence, m));
        }
        found.sort(Comparator.comparingInt(FoundDate::start));
        return found;
    }

    private static DateMention.Role role(List<Token> tokens, Sentence s, int first) {
        for (int i = first - 1; i >= Math.max(s.firstToken(), first - 5); i--) {
            String f = tokens.get(i).folded();
            if (f.equals(",") || f.equals(";")) {
                break;
            }
            if (i < first - 2 && !f.equals("since")) {
                continue;
            }
            if (f.equals("since")) {
                return DateMention.Role.SINCE;
            }
            if (f.equals("until") || f.equals("till") || f.equals("through")) {
                return DateMention.Role.UNTIL;
            }
        }
        return DateMention.Role.AT;
    }

    /** "from Saturday to Monday": two dates joined into one range. */
    private static List<DateMention> mergeFromTo(List<Token> tokens, List<DateMention> dates) {
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            DateMention a = dates.get(i);
            if (i + 1 < dates.size() && a.resolved() && a.end() == null && a.firstToken() > 0
                    && tokens.get(a.firstToken() - 1).is("from")) {
                DateMention b = dates.get(i + 1);
                if (b.firstToken() == a.endToken() + 1 && (tokens.get(a.endToken()).is("to")
                        || tokens.get(a.endToken()).text().equals("-")) && b.resolved()) {
                    out.add(new DateMention(a.firstToken(), b.endToken(), new Span(a.span().start(), b.span().end()),
                            a.date(), b.date(), a.text() + " to " + b.text(), DateMention.Role.AT, a.relative() || b.relative()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static int tokenAt(List<Token> tokens, Sentence s, int offset) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenAfter(List<Token> tokens, Sentence s, int offset) {
        int i = s.firstToken();
        while (i < s.endToken() && tokens.get(i).start() < offset) {
            i++;
        }
        return i;
    }
}
