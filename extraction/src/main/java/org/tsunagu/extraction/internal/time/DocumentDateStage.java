package org.tsunagu.extraction.internal.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.time.PartialDate;

/**
 * Finds the article's own date: the page store's first line (" date 2025-11-19"), a dateline near
 * the top ("HANOI, March 14, 2025 -", "(Dalian, May 25, 2009)", "TOKYO MAY 28:", a line holding only
 * "January 9, 2024" or "October 2013", "Posted: 2025/10/06", a page header "Thứ 4, 19/07/2023,
 * 15:00"), a release date at the foot ("Issued: 14 March 2025"), else the publication date from
 * the document's metadata.
 */
public final class DocumentDateStage implements Stage<DocumentDate> {

    private static final int HEAD_SENTENCES = 16;
    private static final int HEAD_CHARS = 700;
    private static final int LEDE_SENTENCES = 3;
    /** "March 14, 2025", "NOV. 16, 2017", "November 20th,2017". */
    private static final Pattern FULL = Pattern.compile("(" + Calendar.MONTH_ANY_CASE + ") (\\d{1,2})(?:st|nd|rd|th)?,? ?(\\d{4})");
    private static final Pattern FULL_DMY = Pattern.compile("(\\d{1,2}) (" + Calendar.MONTH_ANY_CASE + "),? (\\d{4})");
    /** "2025-08-18", "2025/10/06", "2025.11.03": year first, with any of the separators notices use. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    /** Words that date a page when they stand just before its date ("Issued 3 September 2025"). */
    private static final Set<String> PUBLISHED = Words.of("issued", "posted", "published", "updated", "dated", "released");
    /** The stems of such words as page templates spell them ("Created", "Createdd", "Publish date"). */
    private static final List<String> PUBLISHED_STEMS = List.of("issue", "post", "publish", "updat", "date", "releas", "creat");
    /** A page header line holding a date in figures and little else ("Thứ 4, Ngày 19/07/2023, 15:00"). */
    private static final int HEADER_LINE_CHARS = 48;
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** "October 2013" on a line of its own, or ending a masthead line ("JCC Bangkok Monthly Bulletin, June 2025"). */
    private static final Pattern MONTH_YEAR = Pattern.compile("(" + Calendar.MONTH + "),? (\\d{4})$");
    private static final int FOOT_SENTENCES = 3;
    private static final Pattern NAMED_YEAR = Pattern.compile("\\b[Tt]he (20\\d\\d) \\p{Lu}|\\p{Lu}\\p{L}+ (20\\d\\d)(?![\\d-])");
    private static final Pattern MONTH_DAY = Pattern.compile("(" + Calendar.MONTH_ANY_CASE + ") (\\d{1,2})(?![\\d,]|,? \\d{4})");
    private static final Pattern RANGE_START = Pattern.compile("\\d\\s*[-\u2013]$");

    @Override
    public String name() {
        return "document-date";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Layer<DocumentDate> produces() {
        return Layers.DOCUMENT_DATE;
    }

    @Override
    public List<DocumentDate> annotate(AnnotatedDocument document) {
        String text = document.text();
        Optional<DocumentDate> stored = PageStoreDate.in(text);
        if (stored.isPresent()) {
            return List.of(stored.get());
        }
        List<Sentence> sentences = document.get(Layers.SENTENCES);
        for (int i = 0; i < Math.min(HEAD_SENTENCES, sentences.size()); i++) {
            Span span = sentences.get(i).span();
            if (span.start() > HEAD_CHARS) {
                break;
            }
            String line = span.of(text);
            boolean digits = line.chars().anyMatch(Character::isDigit);
            for (Pattern pattern : digits ? List.of(FULL, FULL_DMY, ISO, NUMERIC) : List.<Pattern>of()) {
                Matcher full = pattern.matcher(line);
                if (full.find() && isDateline(line, full, pattern == ISO || pattern == NUMERIC)) {
                    Optional<PartialDate> date = read(pattern, full, line);
                    if (date.isPresent()) {
                        return List.of(new DocumentDate(date, Optional.of(new Span(span.start(),
                                span.start() + datelineEnd(line, full.end())))));
                    }
                }
            }
            Matcher monthYear = MONTH_YEAR.matcher(line.strip());
            if (digits && monthYear.find() && (monthYear.start() == 0 && line.strip().length() < 24
                    || line.length() < 80 && isDateline(line.strip(), monthYear, false))) {
                PartialDate date = PartialDate.ofMonth(Integer.parseInt(monthYear.group(2)), Calendar.month(monthYear.group(1)));
                return List.of(new DocumentDate(Optional.of(date), Optional.of(span)));
            }
        }
        Optional<DocumentDate> foot = footDate(text, sentences);
        if (foot.isPresent()) {
            return List.of(foot.get());
        }
        if (document.document().published().isPresent()) {
            return List.of(new DocumentDate(document.document().published(), Optional.empty()));
        }
        Optional<DocumentDate> yearless = yearlessDateline(text, sentences);
        if (yearless.isPresent()) {
            return List.of(yearless.get());
        }
        return List.of(new DocumentDate(ledeDate(text, sentences), Optional.empty()));
    }

    /**
     * "KOFU, September 26 (Tianfu Times) -": a dateline without its year, dated when an anniversary gives the year, its
     * own sentence names an occasion by its year ("The 2025 Okinawa Week, held ...") or the story's dates near its day
     * give one; else the lede's date, the dateline still marked.
     */
    private static Optional<DocumentDate> yearlessDateline(String text, List<Sentence> sentences) {
        for (int i = 0; i < Math.min(HEAD_SENTENCES, sentences.size()); i++) {
            Span span = sentences.get(i).span();
            if (span.start() > HEAD_CHARS) {
                break;
            }
            String line = span.of(text);
            if (line.chars().noneMatch(Character::isDigit)) {
                continue;
            }
            Matcher m = MONTH_DAY.matcher(line);
            if (m.find() && isDateline(line, m, false)) {
                OptionalInt year = AnniversaryYear.in(text);
                if (year.isEmpty()) {
                    year = namedYear(line.substring(m.end()));
                }
                if (year.isEmpty()) {
                    year = DatelineYear.near(text, Calendar.month(m.group(1)), Integer.parseInt(m.group(2)));
                }
                Optional<Span> dateline = Optional.of(new Span(span.start(), span.start() + datelineEnd(line, m.end())));
                if (year.isEmpty()) {
                    // still a dateline: its place ("MUAN, Oct. 31 (Yonhap) -") is where the story is filed from
                    return Optional.of(new DocumentDate(ledeDate(text, sentences), dateline));
                }
                Optional<PartialDate> date = day(String.valueOf(year.getAsInt()), m.group(1), m.group(2));
                return date.map(d -> new DocumentDate(Optional.of(d), dateline));
            }
        }
        return Optional.empty();
    }

    /** "Issued: 14 March 2025" as the last lines of a press release, below the contact. */
    private static Optional<DocumentDate> footDate(String text, List<Sentence> sentences) {
        for (int i = sentences.size() - 1; i >= Math.max(1, sentences.size() - FOOT_SENTENCES); i--) {
            Span span = sentences.get(i).span();
            String line = span.of(text);
            for (Pattern pattern : List.of(FULL, FULL_DMY, ISO)) {
                Matcher m = pattern.matcher(line);
                String head = m.find() ? line.substring(0, m.start()).strip().replace(":", "") : "";
                if (PUBLISHED.contains(head.toLowerCase(Locale.ROOT))) {
                    Optional<PartialDate> date = read(pattern, m, line);
                    if (date.isPresent()) {
                        return Optional.of(new DocumentDate(date, Optional.of(span)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The year of "the 2025 Okinawa Week" or "Expo 2025 Osaka": a year inside a capitalised name. */
    private static OptionalInt namedYear(String lede) {
        Matcher m = NAMED_YEAR.matcher(lede);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))) : OptionalInt.empty();
    }

    /**
     * Without a dateline or metadata, a wire story's lede usually dates what it reports ("signed ...
     * on March 12, 2024"): the first full date of the first sentences stands in for the article's date.
     */
    private static Optional<PartialDate> ledeDate(String text, List<Sentence> sentences) {
        for (int i = 0; i < Math.min(LEDE_SENTENCES, sentences.size()); i++) {
            String line = sentences.get(i).span().of(text);
            for (Pattern pattern : List.of(FULL, FULL_DMY)) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return read(pattern, m, line);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> read(Pattern pattern, Matcher m, String line) {
        try {
            if (pattern == FULL) {
                return day(m.group(3), m.group(1), m.group(2));
            }
            if (pattern == FULL_DMY) {
                return day(m.group(3), m.group(2), m.group(1));
            }
            if (pattern == ISO) {
                return Optional.of(PartialDate.ofDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            }
            return NumericDate.read(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), line);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * "HANOI, March 14, 2025 -", "(Dalian, May 25, 2009)", "Da Nang Portal | 02/04/2025", "Issued 3 September 2025",
     * "TOKYO MAY 28:", a short header line with a {@code numeric} date, or a line of its own: not "On March 3, 2023, the
     * ...".
     */
    private static boolean isDateline(String line, Matcher date, boolean numeric) {
        String before = line.substring(0, date.start());
        if (before.isBlank()) {
            return line.length() - date.end() < 24;
        }
        String head = before.strip();
        boolean separated = head.endsWith(",") || head.endsWith(":") || head.endsWith("\u2014") || head.endsWith("\u2013")
                || head.endsWith("-") || head.endsWith("(") || head.endsWith("|") || publicationWord(head)
                || inCapitals(head) || numeric && line.strip().length() <= HEADER_LINE_CHARS;
        // "during 4-9 June 2017": the dash joins a range, it does not end a dateline
        boolean range = RANGE_START.matcher(head).find();
        return date.start() < 160 && separated && !range && !head.endsWith(". ,");
    }

    /** "Posted 2025-10-06", "Createdd 2005-10-19": the word before the date says the page was put out then. */
    private static boolean publicationWord(String head) {
        String word = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (PUBLISHED.contains(word)) {
            return true;
        }
        for (String stem : PUBLISHED_STEMS) {
            if (word.startsWith(stem) && word.length() <= stem.length() + 4) {
                return true;
            }
        }
        return false;
    }

    /** "TOKYO MAY 28:": a place in capitals before the date. */
    private static boolean inCapitals(String head) {
        return head.length() >= 2 && head.chars().anyMatch(Character::isLetter)
                && head.chars().noneMatch(Character::isLowerCase);
    }

    /** A dateline runs to the dash or bracket after its date: "Hai Phong, April 17, 2024 (VNA) -". */
    private static int datelineEnd(String line, int dateEnd) {
        int end = dateEnd;
        int dash = -1;
        for (String separator : List.of(" - ", " \u2013 ", " \u2014 ", ": ")) {
            int at = line.indexOf(separator, dateEnd);
            if (at >= 0 && (dash < 0 || at < dash)) {
                dash = at;
            }
        }
        int close = line.indexOf(')', dateEnd);
        if (dash >= 0 && dash - dateEnd < 16) {
            end = dash + 2;
        } else if (close >= 0 && close - dateEnd < 16) {
            end = close + 1;
        }
        return end;
    }

    private static Optional<PartialDate> day(String year, String month, String day) {
        try {
            return Optional.of(PartialDate.ofDay(Integer.parseInt(year), Calendar.month(month), Integer.parseInt(day)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
