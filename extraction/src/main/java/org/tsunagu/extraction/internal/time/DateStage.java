package org.tsunagu.extraction.internal.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.time.PartialDate;

/**
 * Finds and normalises dates: absolute ("October 23, 1986", "23 October 1986", "August 1983",
 * "2012"), ranges ("April 15 to 18", "January 15 - Tuesday, January 16, 2024", "from Saturday to
 * Monday"), and relative ones resolved against the document date ("this morning", "yesterday",
 * "on Tuesday", "next Tuesday", "last month") or against the story's last date ("the same day",
 * "a day earlier", "five years later"). Yearless dates take the document's year when it has one.
 */
public final class DateStage implements Stage<DateMention> {

    private static final String M = Calendar.MONTH;
    private static final String W = Calendar.WEEKDAY;
    private static final Pattern CROSS_RANGE = Pattern.compile("(?:" + W + ",? )?(" + M + ") (\\d{1,2})(?:,? (\\d{4}))?"
            + "\\s*(?:-|–|to|until|through)\\s*(?:" + W + ",? )?(" + M + ") (\\d{1,2})(?:,? (\\d{4}))?(?!\\d)");
    private static final Pattern DAY_RANGE = Pattern.compile("(" + M + ") (\\d{1,2})\\s*(?:-|–|to|and|through)\\s*"
            + "(\\d{1,2})(?![\\d,.]\\d)(?:,? (\\d{4}))?(?!\\d)");
    private static final Pattern MDY = Pattern.compile("(?:" + W + ",? )?(" + M + ") (\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,? (\\d{4}))?(?![\\d])");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2}) (" + M + "),? (\\d{4})");
    private static final Pattern MY = Pattern.compile("(?:(?i:early|mid|late)[- ])?(" + M + "),? (\\d{4})");
    private static final Pattern END_OF_MONTH = Pattern.compile("(?:the )?(?:end|beginning|middle) of (" + M + ")(?![ ,]+\\d)");
    private static final Pattern SEASON_MONTH = Pattern.compile("(?i:early|mid|late|in|since) (" + M + ")(?![ ,]+\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$¥€£-])(1[89]\\d\\d|20\\d\\d)(?![\\d%-]|\\s?(?:-member|members|people))");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?i:(this (?:morning|afternoon|evening)|today|tonight"
            + "|yesterday|tomorrow|last night|(?:last|next|this|the previous) (?:week|month|year)|currently"
            + "|the same (?:day|afternoon|morning|evening)|that (?:day|afternoon|morning|evening)|later that day"
            + "|a day (?:earlier|later)|the (?:next|following|previous) day|the day before"
            + "|(one|two|three|four|five|six|seven|eight|nine|ten|\\d+) years? (later|earlier)))\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(next|last|this) )?(" + W + ")\\b");
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|is expected to|are expected to|is scheduled"
            + "|are scheduled|is set to|are set to|to be held|plans? to|is due to|are due to|next|ends|runs until)\\b");
    private static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    private static final Set<String> RELATIVE_WORDS = Set.of("morning", "afternoon", "evening", "today", "tonight",
            "yesterday", "tomorrow", "night", "week", "month", "year", "currently", "day", "later", "earlier", "years",
            "before");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

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

    private record Found(int start, int end, PartialDate date, PartialDate endDate, String kind) {
    }

    @Override
    public List<DateMention> annotate(AnnotatedDocument document) {
        String text = document.text();
        List<Token> tokens = document.get(Layers.TOKENS);
        DocumentDate docDate = document.single(Layers.DOCUMENT_DATE);
        PartialDate anchor = docDate.date().orElse(null);
        List<DateMention> out = new ArrayList<>();
        PartialDate story = null;
        for (Sentence s : document.get(Layers.SENTENCES)) {
            String sentence = s.span().of(text);
            int base = s.span().start();
            List<Found> found = new ArrayList<>();
            boolean month = false;
            boolean weekday = false;
            boolean relative = false;
            boolean number = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String f = tokens.get(i).folded();
                month |= MONTH_WORDS.contains(f);
                weekday |= f.endsWith("day") && WEEKDAYS.contains(f);
                relative |= RELATIVE_WORDS.contains(f);
                number |= tokens.get(i).isNumber();
            }
            boolean future = weekday && FUTURE.matcher(sentence).find();
            if (month) {
                List<Pattern> patterns = List.of(CROSS_RANGE, DAY_RANGE, DMY, MDY, MY, END_OF_MONTH, SEASON_MONTH);
                List<Reader> readers = List.of(
                        m -> range(anchor, m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(6), m.group(4),
                                m.group(5), m.group(6)),
                        m -> range(anchor, m.group(1), m.group(2), m.group(4), m.group(1), m.group(3), m.group(4)),
                        m -> single(day(m.group(3), m.group(2), m.group(1))),
                        m -> single(m.group(3) == null ? yearless(anchor, m.group(1), m.group(2))
                                : day(m.group(3), m.group(1), m.group(2))),
                        m -> single(PartialDate.ofMonth(Integer.parseInt(m.group(2)), Calendar.month(m.group(1)))),
                        m -> single(monthOfStory(anchor, m.group(1))),
                        m -> single(monthOfStory(anchor, m.group(1))));
                scanAnchored(patterns, readers, sentence, base, tokens, s, found);
            }
            final PartialDate storyDate = story;
            if (relative) {
                scanAt(RELATIVE, sentence, base, tokens, s, RELATIVE_STARTS, found, m -> single(relative(m, anchor, storyDate, found)));
            }
            if (weekday) {
                scanAt(WEEKDAY, sentence, base, tokens, s, WEEKDAY_STARTS, found,
                        m -> single(weekday(anchor, m.group(1), m.group(2), future)));
            }
            if (number) {
                scanAt(YEAR, sentence, base, tokens, s, Set.of(), found,
                        m -> yearAllowed(sentence, m) ? single(PartialDate.ofYear(Integer.parseInt(m.group(1)))) : null);
            }
            found.sort(Comparator.comparingInt(Found::start));
            List<DateMention> inSentence = new ArrayList<>();
            for (Found f : found) {
                Span span = new Span(base + f.start(), base + f.end());
                int first = tokenAt(tokens, s, span.start());
                int end = tokenAfter(tokens, s, span.end());
                if (first < 0 || end <= first) {
                    continue;
                }
                DateMention.Role role = role(tokens, s, first);
                inSentence.add(new DateMention(first, end, span, f.date(), f.endDate(), span.of(text), role,
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

    private interface Reader {
        Found read(Matcher m);
    }

    private static final Set<String> LEADS = Set.of("early", "mid", "late", "in", "since", "the", "end", "beginning",
            "middle");

    /**
     * Tries the calendar patterns only where a date can start (a month or weekday name, a number, or a
     * word like "early" or "the end of" just before a month), so a sentence is never scanned whole
     * once per pattern.
     */
    private static void scanAnchored(List<Pattern> patterns, List<Reader> readers, String sentence, int base,
            List<Token> tokens, Sentence s, List<Found> found) {
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
                    Found f0;
                    try {
                        f0 = readers.get(k).read(m);
                    } catch (RuntimeException e) {
                        f0 = null;
                    }
                    if (f0 == null && patterns.get(k) == MDY && m.group(3) == null) {
                        f0 = new Found(0, 0, null, null, "yearless");
                    }
                    if (f0 != null) {
                        found.add(new Found(m.start(), m.end(), f0.date(), f0.endDate(), f0.kind()));
                        covered = m.end();
                        break;
                    }
                }
            }
        }
    }

    private static final Set<String> RELATIVE_STARTS = Set.of("this", "today", "tonight", "yesterday", "tomorrow", "last",
            "next", "the", "currently", "that", "later", "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    private static final Set<String> WEEKDAY_STARTS = Set.of("next", "last", "this", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    /** One pattern tried only at tokens that can begin it (numbers always can). */
    private static void scanAt(Pattern pattern, String sentence, int base, List<Token> tokens, Sentence s, Set<String> starts,
            List<Found> found, Reader reader) {
        Matcher m = pattern.matcher(sentence).useTransparentBounds(true);
        int covered = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            int offset = t.start() - base;
            if (offset < covered || !(starts.contains(t.folded()) || t.isNumber() && (starts.isEmpty() || starts == RELATIVE_STARTS))) {
                continue;
            }
            m.region(offset, sentence.length());
            if (!m.lookingAt()) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            boolean overlaps = false;
            for (Found f : found) {
                overlaps |= start < f.end() && f.start() < end;
            }
            if (overlaps) {
                continue;
            }
            Found f;
            try {
                f = reader.read(m);
            } catch (RuntimeException e) {
                f = null;
            }
            if (f != null) {
                found.add(new Found(start, end, f.date(), f.endDate(), f.kind()));
                covered = end;
            }
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

    private static Found single(PartialDate date) {
        return date == null ? null : new Found(0, 0, date, null, "absolute");
    }

    private static Found range(PartialDate anchor, String m1, String d1, String y1, String m2, String d2, String y2) {
        String year2 = y2 != null ? y2 : y1;
        PartialDate start = y1 != null || year2 != null ? day(y1 != null ? y1 : year2, m1, d1) : yearless(anchor, m1, d1);
        PartialDate end = year2 != null ? day(year2, m2, d2) : yearless(anchor, m2, d2);
        if (start == null) {
            return null;
        }
        return new Found(0, 0, start, end, "range");
    }

    private static PartialDate day(String year, String month, String day) {
        return PartialDate.ofDay(Integer.parseInt(year), Calendar.month(month), Integer.parseInt(day));
    }

    private static PartialDate yearless(PartialDate anchor, String month, String day) {
        if (anchor == null) {
            return null;
        }
        PartialDate d = PartialDate.ofDay(anchor.year(), Calendar.month(month), Integer.parseInt(day));
        if (d.firstDay().isAfter(anchor.firstDay().plusDays(240))) {
            d = PartialDate.ofDay(anchor.year() - 1, d.month(), d.day());
        }
        return d;
    }

    private static PartialDate monthOfStory(PartialDate anchor, String month) {
        if (anchor == null) {
            return null;
        }
        int m = Calendar.month(month);
        int year = anchor.hasMonth() && m > anchor.month() + 2 ? anchor.year() - 1 : anchor.year();
        return PartialDate.ofMonth(year, m);
    }

    private static boolean yearAllowed(String sentence, Matcher m) {
        int before = m.start() - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        boolean afterWord = before >= 0 && Character.isUpperCase(sentence.charAt(Math.max(0, sentence.lastIndexOf(' ', before) + 1)))
                && Character.isLetter(sentence.charAt(before));
        int after = m.end();
        while (after < sentence.length() && sentence.charAt(after) == ' ') {
            after++;
        }
        boolean beforeName = after > m.end() && after < sentence.length() && Character.isUpperCase(sentence.charAt(after));
        return !afterWord && !beforeName;
    }

    private static PartialDate relative(Matcher m, PartialDate anchor, PartialDate story, List<Found> found) {
        String words = m.group(1).toLowerCase(Locale.ROOT);
        if (m.group(2) != null) {
            PartialDate from = found.isEmpty() ? story : found.get(found.size() - 1).date();
            if (from == null) {
                return null;
            }
            int n = NUMBERS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
            n = n >= 0 ? n : Integer.parseInt(m.group(2));
            return PartialDate.ofYear(m.group(3).equalsIgnoreCase("later") ? from.year() + n : from.year() - n);
        }
        if (words.startsWith("the same") || words.startsWith("that ") || words.equals("later that day")) {
            return story;
        }
        if (words.equals("a day earlier") || words.equals("the previous day") || words.equals("the day before")) {
            return story == null ? null : PartialDate.of(story.firstDay().minusDays(1));
        }
        if (words.equals("a day later") || words.equals("the next day") || words.equals("the following day")) {
            return story == null ? null : PartialDate.of(story.firstDay().plusDays(1));
        }
        if (anchor == null) {
            return null;
        }
        LocalDate a = anchor.firstDay();
        return switch (words) {
            case "this morning", "this afternoon", "this evening", "today", "tonight" -> anchor.hasDay() ? anchor : null;
            case "yesterday", "last night" -> anchor.hasDay() ? PartialDate.of(a.minusDays(1)) : null;
            case "tomorrow" -> anchor.hasDay() ? PartialDate.of(a.plusDays(1)) : null;
            case "last month", "the previous month" -> anchor.hasMonth() ? monthOf(a.minusMonths(1)) : null;
            case "next month" -> anchor.hasMonth() ? monthOf(a.plusMonths(1)) : null;
            case "this month", "currently" -> anchor.hasMonth() ? monthOf(a) : PartialDate.ofYear(anchor.year());
            case "last year", "the previous year" -> PartialDate.ofYear(anchor.year() - 1);
            case "next year" -> PartialDate.ofYear(anchor.year() + 1);
            case "this year" -> PartialDate.ofYear(anchor.year());
            case "last week", "this week", "next week" -> null;
            default -> null;
        };
    }

    private static PartialDate monthOf(LocalDate d) {
        return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
    }

    private static PartialDate weekday(PartialDate anchor, String modifier, String day, boolean future) {
        if (anchor == null || !anchor.hasDay()) {
            return null;
        }
        boolean next = "next".equalsIgnoreCase(modifier);
        boolean last = "last".equalsIgnoreCase(modifier);
        return PartialDate.of(Calendar.nearest(anchor.firstDay(), Calendar.weekday(day), future && !last, next));
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
