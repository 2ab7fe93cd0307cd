package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.time.PartialDate;

/**
 * When an occasion takes place: the date nearest its word in the sentence (a meeting takes a day,
 * not the visit's range), else the signing's date, the story's last date or a dated schedule line
 * after a visit; "a four-day visit that ends on Saturday" and "until Friday" give its end.
 */
final class EventDates {

    /** The occasion's dates; {@code dated} when its own sentence gave them. */
    record When(PartialDate start, PartialDate end, String dateText, boolean dated, double confidence) {
    }

    /** The confidence of an event dated by its own sentence; one dated from the story around it gets less. */
    static final double OWN_DATE = 0.8;
    private static final double BORROWED_DATE = 0.6;
    private static final double UNDATED = 0.5;

    private static final Set<String> TRIP_WORDS = Words.of("visit", "visits", "visited", "visiting", "trip", "tour", "mission",
            "delegation", "stay", "arrived");
    private static final Set<String> ENDING = Words.of("end", "ends", "ended", "ending");
    private static final int FOLLOWING_DATE_REACH = 12;
    private static final Set<String> CLAUSE_MARKS = Words.of(",", ";", ":", "(", ")");
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten");

    private EventDates() {
    }

    /** The dates of the occasion named at {@code trigger}, or null when nothing dates it. */
    static When of(DocumentView view, Sentence s, int trigger, EventKind kind) {
        DateMention date = kind == EventKind.VISIT ? span(view, s) : null;
        if (date == null) {
            date = ownDate(view, s, trigger);
        }
        if (kind == EventKind.MEETING && date != null && date.end() != null && view.contains(s, TRIP_WORDS)) {
            // a meeting takes a day; a range in a sentence about a trip is the visit around it, while
            // "met for two days of talks on 1 and 2 April" gives the talks their own range
            date = null;
            for (DateMention d : view.datesIn(s)) {
                if (d.end() == null && d.role() == DateMention.Role.AT && d.resolved()) {
                    date = d;
                }
            }
        }
        PartialDate start = date != null ? date.date() : null;
        PartialDate end = date != null ? date.end() : null;
        String dateText = date != null && !date.resolved() ? date.text() : null;
        double confidence = OWN_DATE;
        if (date == null) {
            // an occasion still to come is an event only when it is scheduled: the story's date does not schedule it
            boolean toCome = EventTriggers.toCome(view, s, trigger);
            start = view.contains(s, Set.of("signing")) && !toCome ? agreementDate(view, s) : null;
            if (start == null && !toCome) {
                start = view.storyDateBefore(s);
            }
            if (start == null && !toCome && view.holdsDateline(s)) {
                // the lede of a dated story reports what happened by its date
                start = view.documentDate.orElse(null);
            }
            if (start == null && kind == EventKind.VISIT) {
                DateMention scheduled = scheduleLine(view, s);
                if (scheduled != null) {
                    start = scheduled.date();
                    end = scheduled.end();
                }
            }
            confidence = BORROWED_DATE;
            if (start == null) {
                // a story that gives no date at all tells its occasions undated; elsewhere an undated one is a mere mention
                return !toCome && undatedStory(view) ? new When(null, null, null, false, UNDATED) : null;
            }
        }
        int days = lengthInDays(view, s, trigger);
        if (days > 1 && start != null && start.hasDay() && end == null) {
            // "a four-day visit that ends on Saturday" counts back from its end, "a three-day tour on 18 March" forward
            boolean ends = view.contains(s, ENDING);
            end = ends ? start : PartialDate.of(start.firstDay().plusDays(days - 1L));
            start = ends ? PartialDate.of(start.firstDay().minusDays(days - 1L)) : start;
        }
        for (DateMention d : view.datesIn(s)) {
            if (d.role() == DateMention.Role.UNTIL && d.resolved() && end == null) {
                end = d.date();
            }
        }
        return new When(start, end, dateText, date != null, confidence);
    }

    /**
     * Whether a date falls within about a year of the article's date or, without one, of the latest date the
     * article gives; an unknown date may be recent.
     */
    static boolean recent(DocumentView view, PartialDate date) {
        if (date == null) {
            return true;
        }
        PartialDate reference = reference(view);
        return reference == null || date.year() >= reference.year() - 1;
    }

    /** A story that gives no date at all, neither its own nor of what it tells. */
    static boolean undatedStory(DocumentView view) {
        return reference(view) == null;
    }

    /** The article's date, else the latest date it gives, else null. */
    private static PartialDate reference(DocumentView view) {
        return view.documentDate.orElseGet(view::latestDate);
    }

    /** "her official tour of Canada from 11-15 June": a trip takes the days its sentence gives it. */
    private static DateMention span(DocumentView view, Sentence s) {
        for (DateMention d : view.datesIn(s)) {
            if (d.resolved() && d.end() != null && d.role() == DateMention.Role.AT) {
                return d;
            }
        }
        return null;
    }

    /**
     * The sentence's date nearest the occasion's word, unless a comma parts them and a date follows the word in its
     * own clause: "The signing was held yesterday, before the office opens on 21 November".
     */
    private static DateMention ownDate(DocumentView view, Sentence s, int trigger) {
        DateMention nearest = view.nearestDate(s, trigger);
        if (nearest == null || nearest.firstToken() > trigger || !punctuatedBetween(view, nearest.endToken(), trigger)) {
            return nearest;
        }
        for (DateMention d : view.datesIn(s)) {
            if (d.firstToken() > trigger && d.firstToken() - trigger <= FOLLOWING_DATE_REACH && d.role() == DateMention.Role.AT
                    && !punctuatedBetween(view, trigger, d.firstToken())) {
                return d;
            }
        }
        return nearest;
    }

    private static boolean punctuatedBetween(DocumentView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_MARKS.contains(view.f(k))) {
                return true;
            }
        }
        return false;
    }

    /** "a four-day visit": the length the words before the trigger give, or 0. */
    static int lengthInDays(DocumentView view, Sentence s, int trigger) {
        for (int i = Math.max(s.firstToken(), trigger - 4); i + 2 < trigger + 1 && i + 2 < s.endToken(); i++) {
            if (view.f(i + 1).equals("-") && view.f(i + 2).equals("day")) {
                int n = COUNTS.indexOf(view.f(i));
                return n >= 0 ? n : view.token(i).isNumber() ? Integer.parseInt(view.f(i)) : 0;
            }
        }
        return 0;
    }

    private static PartialDate agreementDate(DocumentView view, Sentence s) {
        for (int k = s.index(); k >= Math.max(0, s.index() - 4); k--) {
            for (AgreementReader.Candidate c : view.agreementsIn(view.sentences.get(k))) {
                if (c.date() != null) {
                    return c.date();
                }
            }
        }
        return null;
    }

    /** A schedule line holding nothing but a date ("Monday, January 15 - Tuesday, January 16, 2024"). */
    private static DateMention scheduleLine(DocumentView view, Sentence s) {
        for (int k = s.index() + 1; k < Math.min(view.sentences.size(), s.index() + 6); k++) {
            Sentence next = view.sentences.get(k);
            for (DateMention d : view.datesIn(next)) {
                int words = 0;
                for (int i = next.firstToken(); i < next.endToken(); i++) {
                    if (view.token(i).isWord() && (i < d.firstToken() || i >= d.endToken())) {
                        words++;
                    }
                }
                if (d.resolved() && words == 0) {
                    return d;
                }
            }
        }
        return null;
    }
}
