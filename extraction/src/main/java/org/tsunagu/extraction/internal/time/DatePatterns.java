package org.tsunagu.extraction.internal.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.time.PartialDate;

/**
 * Calendar dates written out: ranges ("April 15 to 18", "January 15 - Tuesday, January 16,
 * 2024", "24 to 27 September", "1 and 2 April"), days ("October 23, 1986", "23 October 1986",
 * "12 February", "October 20 (Mon.)", "2025-08-14"), months ("August 1983", "the end of March")
 * and years. A date without a year takes the document's.
 */
final class DatePatterns {

    private static final String M = Calendar.MONTH;
    private static final String W = Calendar.WEEKDAY;
    /** "October 20 (Mon.)": a weekday in brackets after the day, as Japanese notices write it. */
    private static final String D = "(\\d{1,2})" + Calendar.ORDINAL + "(?: \\(" + Calendar.WEEKDAY_ABBREVIATION + "\\.?\\))?";
    private static final Pattern CROSS_RANGE = Pattern.compile("(?:" + W + ",? )?(" + M + ") " + D + "(?:,? (\\d{4}))?"
            + "\\s*(?:-|–|to|until|through)\\s*(?:" + W + ",? )?(" + M + ") " + D + "(?:,? (\\d{4}))?(?!\\d)");
    private static final Pattern DAY_RANGE = Pattern.compile("(" + M + ") (\\d{1,2})\\s*(?:-|–|to|and|through)\\s*"
            + "(\\d{1,2})(?![\\d,.]\\d)(?:,? (\\d{4}))?(?!\\d)");
    static final Pattern MDY = Pattern.compile("(?:" + W + ",? )?(" + M + ") (\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,? (\\d{4}))?(?![\\d])(?: \\(" + Calendar.WEEKDAY_ABBREVIATION + "\\.?\\))?");
    private static final Pattern DMY_RANGE = Pattern.compile("(\\d{1,2})" + Calendar.ORDINAL + "\\s*(?:-|–|to|and|through|until)\\s*(\\d{1,2})"
            + Calendar.ORDINAL + " ("
            + M + ")(?:,? (\\d{4}))?(?!\\d)");
    /** "23 October 1986", "24th May 2022". */
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})" + Calendar.ORDINAL + " (" + M + "),? (\\d{4})");
    /** "on 12 February", "on the 21st of November": a day before its month, without a year. */
    static final Pattern DM = Pattern.compile("(\\d{1,2})" + Calendar.ORDINAL + " (?:of )?(" + M + ")(?!,? \\d)");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MY = Pattern.compile("(?:(?i:early|mid|late)[- ])?(" + M + "),? (\\d{4})");
    private static final Pattern END_OF_MONTH = Pattern.compile("(?:the )?(?:end|beginning|middle) of (" + M + ")(?![ ,]+\\d)");
    private static final Pattern SEASON_MONTH = Pattern.compile("(?i:early|mid|late|in|since) (" + M + ")(?![ ,]+\\d)");
    static final Pattern YEAR = Pattern.compile("(?<![\\d.,$¥€£-])(1[89]\\d\\d|20\\d\\d)(?![\\d%-]|\\s?(?:-member|members|people))");

    /** The calendar patterns, most specific first; {@link #readers} gives their readers in the same order. */
    static final List<Pattern> PATTERNS = List.of(CROSS_RANGE, DAY_RANGE, DMY_RANGE, DMY, DM, MDY, MY,
            END_OF_MONTH, SEASON_MONTH, ISO);

    /** "In 2019, ...": a capitalised preposition starting a sentence, not a name the year belongs to. */
    private static final Set<String> PREPOSITIONS = Words.of("in", "since", "by", "from", "until", "after", "before", "during",
            "through", "of");

    private DatePatterns() {
    }

    /**
     * Readers of {@link #PATTERNS}, lending yearless dates the year of {@code anchor}: a date far after it is
     * taken from the year before, unless the sentence speaks of the future ("will be held from December 17"),
     * where a date far before it falls in the next year instead.
     */
    static List<DateReader> readers(PartialDate anchor, boolean future) {
        return List.of(
                m -> range(anchor, future, m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(6), m.group(4),
                        m.group(5), m.group(6)),
                m -> range(anchor, future, m.group(1), m.group(2), m.group(4), m.group(1), m.group(3), m.group(4)),
                m -> range(anchor, future, m.group(3), m.group(1), m.group(4), m.group(3), m.group(2), m.group(4)),
                m -> FoundDate.single(day(m.group(3), m.group(2), m.group(1))),
                m -> FoundDate.single(yearless(anchor, future, m.group(2), m.group(1))),
                m -> FoundDate.single(m.group(3) == null ? yearless(anchor, future, m.group(1), m.group(2))
                        : day(m.group(3), m.group(1), m.group(2))),
                m -> FoundDate.single(PartialDate.ofMonth(Integer.parseInt(m.group(2)), Calendar.month(m.group(1)))),
                m -> FoundDate.single(monthOfStory(anchor, future, m.group(1))),
                m -> FoundDate.single(monthOfStory(anchor, future, m.group(1))),
                m -> FoundDate.single(PartialDate.ofDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)))));
    }

    /** A bare year, unless it reads as part of a name ("Expo 2025", "2025 Osaka"). */
    static FoundDate year(String sentence, Matcher m) {
        return yearAllowed(sentence, m) ? FoundDate.single(PartialDate.ofYear(Integer.parseInt(m.group(1)))) : null;
    }

    private static FoundDate range(PartialDate anchor, boolean future, String m1, String d1, String y1, String m2, String d2, String y2) {
        String year2 = y2 != null ? y2 : y1;
        PartialDate start = y1 != null || year2 != null ? day(y1 != null ? y1 : year2, m1, d1) : yearless(anchor, future, m1, d1);
        PartialDate end = year2 != null ? day(year2, m2, d2) : yearless(anchor, future, m2, d2);
        if (start == null) {
            return null;
        }
        return new FoundDate(0, 0, start, end, "range");
    }

    private static PartialDate day(String year, String month, String day) {
        return PartialDate.ofDay(Integer.parseInt(year), Calendar.month(month), Integer.parseInt(day));
    }

    private static PartialDate yearless(PartialDate anchor, boolean future, String month, String day) {
        if (anchor == null) {
            return null;
        }
        PartialDate d = PartialDate.ofDay(anchor.year(), Calendar.month(month), Integer.parseInt(day));
        if (future && d.firstDay().isBefore(anchor.firstDay().minusDays(60))) {
            d = PartialDate.ofDay(anchor.year() + 1, d.month(), d.day());
        } else if (!future && d.firstDay().isAfter(anchor.firstDay().plusDays(240))) {
            d = PartialDate.ofDay(anchor.year() - 1, d.month(), d.day());
        }
        return d;
    }

    private static PartialDate monthOfStory(PartialDate anchor, boolean future, String month) {
        if (anchor == null) {
            return null;
        }
        int m = Calendar.month(month);
        int year = anchor.year();
        if (future && anchor.hasMonth() && m < anchor.month() - 2) {
            year++;
        } else if (!future && anchor.hasMonth() && m > anchor.month() + 2) {
            year--;
        }
        return PartialDate.ofMonth(year, m);
    }

    private static boolean yearAllowed(String sentence, Matcher m) {
        int before = m.start() - 1;
        while (before >= 0 && sentence.charAt(before) == ' ') {
            before--;
        }
        int wordStart = Math.max(0, sentence.lastIndexOf(' ', before) + 1);
        boolean afterWord = before >= 0 && Character.isUpperCase(sentence.charAt(wordStart)) && Character.isLetter(sentence.charAt(before))
                && !PREPOSITIONS.contains(sentence.substring(wordStart, before + 1).toLowerCase(Locale.ROOT));
        int after = m.end();
        while (after < sentence.length() && sentence.charAt(after) == ' ') {
            after++;
        }
        boolean beforeName = after > m.end() && after < sentence.length() && Character.isUpperCase(sentence.charAt(after));
        return !afterWord && !beforeName;
    }
}
