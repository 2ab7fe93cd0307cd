package org.tsunagu.extraction.internal.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.extraction.internal.lexicon.PhraseMatcher;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.time.PartialDate;

/**
 * Dates given relative to the document's date ("this morning", "yesterday", "on Tuesday", "next
 * Tuesday", "last month") or to the story's last date ("the same day", "a day earlier", "five
 * years later").
 */
final class RelativeDates {

    static final Pattern RELATIVE = Pattern.compile("\\b(?i:(this (?:morning|afternoon|evening)|today|tonight"
            + "|yesterday|tomorrow|last night|(?:last|next|this|the previous) (?:week|month|year)|currently"
            + "|the same (?:day|afternoon|morning|evening)|that (?:day|afternoon|morning|evening)|later that day"
            + "|a day (?:earlier|later)|the (?:next|following|previous) day|the day before"
            + "|(one|two|three|four|five|six|seven|eight|nine|ten|\\d+) years? (later|earlier)"
            + "|the (\\d{1,2})(?:st|nd|rd|th) of (last|this|next) month))\\b");
    /** Words that name a day counted from the article's date: without that date they are kept as words. */
    private static final Set<String> DAYS_OF_THE_ARTICLE = Words.of("this morning", "this afternoon", "this evening", "today",
            "tonight", "yesterday", "tomorrow", "last night");
    /** Words that name a day counted from the story's last one ("the following day"), kept as words when neither is dated. */
    private static final Set<String> DAYS_OF_THE_STORY = Words.of("the same day", "that day", "a day earlier", "a day later",
            "the next day", "the following day", "the previous day", "the day before");
    static final Pattern WEEKDAY = Pattern.compile("\\b(?:(next|last|this) )?(" + Calendar.WEEKDAY + ")\\b");
    /** Words that put a sentence's dates and weekdays ahead of the dateline rather than behind it. */
    private static final PhraseMatcher<String> FUTURE = phrases("will", "shall", "next", "ends", "is expected to",
            "are expected to", "is scheduled", "are scheduled", "is set to", "are set to", "to be held", "plan to",
            "plans to", "is due to", "are due to", "runs until");
    static final Set<String> RELATIVE_WORDS = Words.of("morning", "afternoon", "evening", "today", "tonight",
            "yesterday", "tomorrow", "night", "week", "month", "year", "currently", "day", "later", "earlier", "years",
            "before");
    static final Set<String> RELATIVE_STARTS = Words.of("this", "today", "tonight", "yesterday", "tomorrow", "last",
            "next", "the", "currently", "that", "later", "a", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    static final Set<String> WEEKDAY_STARTS = Words.of("next", "last", "this", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private RelativeDates() {
    }

    /**
     * True when the sentence speaks of what is to come ("will be held", "is scheduled", "next").
     * Read from its tokens: a case-blind regular expression over every sentence took a tenth of
     * extraction's time.
     */
    static boolean speaksOfTheFuture(List<Token> tokens, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            PhraseMatcher.Match<String> cue = FUTURE.longestAt(tokens, i, s.endToken(), at -> true);
            if (cue != null && !(cue.values().contains("next") && countFollows(tokens, cue.endToken(), s))) {
                return true;
            }
        }
        return false;
    }

    /** "over the next seven years", "the next 10 years": a span counted from now, which dates nothing said. */
    private static boolean countFollows(List<Token> tokens, int i, Sentence s) {
        return i < s.endToken() && (tokens.get(i).isNumber() || NUMBERS.contains(tokens.get(i).folded()));
    }

    private static PhraseMatcher<String> phrases(String... phrases) {
        PhraseMatcher<String> matcher = new PhraseMatcher<>();
        for (String phrase : phrases) {
            matcher.add(List.of(phrase.split(" ")), phrase);
        }
        return matcher;
    }

    /**
     * The date a relative expression names; a day counted from an article that gives no date of its own is found
     * without a date, so that its words ("yesterday", "the following day") can still be told.
     */
    static FoundDate found(Matcher m, PartialDate anchor, PartialDate story, List<FoundDate> found) {
        PartialDate date = relative(m, anchor, story, found);
        String words = m.group(1).toLowerCase(Locale.ROOT);
        if (date == null && anchor == null && (m.group(4) != null || DAYS_OF_THE_ARTICLE.contains(words)
                || story == null && DAYS_OF_THE_STORY.contains(words))) {
            return new FoundDate(0, 0, null, null, "relative");
        }
        return FoundDate.single(date);
    }

    /** The date a relative expression names; "five years later" counts from the last date found before it. */
    static PartialDate relative(Matcher m, PartialDate anchor, PartialDate story, List<FoundDate> found) {
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
        if (m.group(4) != null) {
            // "the 30th of last month"
            int months = switch (m.group(5).toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            LocalDate month = a.withDayOfMonth(1).plusMonths(months);
            return anchor.hasMonth() ? PartialDate.ofDay(month.getYear(), month.getMonthValue(), Integer.parseInt(m.group(4))) : null;
        }
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
            // a week is not a day; its month is what the text supports
            case "last week" -> anchor.hasDay() ? monthOf(a.minusWeeks(1)) : null;
            case "this week" -> anchor.hasDay() ? monthOf(a) : null;
            case "next week" -> anchor.hasDay() ? monthOf(a.plusWeeks(1)) : null;
            default -> null;
        };
    }

    /**
     * "on Tuesday": the nearest such day before the dateline, or after it in a sentence about the future; without a
     * dated article, a weekday found without a date.
     */
    static FoundDate weekday(PartialDate anchor, String modifier, String day, boolean future) {
        if (anchor == null) {
            return new FoundDate(0, 0, null, null, "relative");
        }
        if (!anchor.hasDay()) {
            return null;
        }
        boolean next = "next".equalsIgnoreCase(modifier);
        boolean last = "last".equalsIgnoreCase(modifier);
        return FoundDate.single(PartialDate.of(Calendar.nearest(anchor.firstDay(), Calendar.weekday(day), future && !last, next)));
    }

    private static PartialDate monthOf(LocalDate d) {
        return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
    }
}
