package org.tsunagu.extraction.internal.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a dateline that gives only its day ("TOKYO MAY 28:"), read off the dates with years
 * that the story gives within two months of that day ("a visit from 23-28 May 2022", "effective
 * 1st June 2022"): the year most of them share, the later one on a tie, since a story looks back
 * more often than ahead.
 */
final class DatelineYear {

    private static final Pattern MONTH_FIRST = Pattern.compile("(" + Calendar.MONTH + ") (?:(\\d{1,2})(?:st|nd|rd|th)?,? )?(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)? (" + Calendar.MONTH + "),? (\\d{4})(?!\\d)");
    private static final int WITHIN_DAYS = 62;

    private DatelineYear() {
    }

    static OptionalInt near(String text, int month, int day) {
        Map<Integer, Integer> votes = new TreeMap<>();
        Matcher m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            vote(votes, m.group(3), m.group(1), m.group(2), month, day);
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            vote(votes, m.group(3), m.group(2), m.group(1), month, day);
        }
        int best = -1;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
            if (e.getValue() >= most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static void vote(Map<Integer, Integer> votes, String year, String monthName, String dayOfMonth, int month, int day) {
        try {
            int y = Integer.parseInt(year);
            LocalDate given = LocalDate.of(y, Calendar.month(monthName), dayOfMonth == null ? 1 : Integer.parseInt(dayOfMonth));
            LocalDate dateline = LocalDate.of(y, month, day);
            if (Math.abs(given.toEpochDay() - dateline.toEpochDay()) <= WITHIN_DAYS) {
                votes.merge(y, 1, Integer::sum);
            }
        } catch (RuntimeException e) {
            // "February 30" or a month name that is no date: no vote
        }
    }
}
