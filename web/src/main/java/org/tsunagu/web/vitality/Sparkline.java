package org.tsunagu.web.vitality;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.store.vitality.Vitality;
import org.tsunagu.store.vitality.YearCount;

/**
 * A tie's facts by year as a small bar chart, drawn as inline SVG by a template from these
 * numbers: one bar a year, the reference year last, a bar's height in proportion to the year's
 * facts (a year without any is a flat tick). {@code text} says the same in words for those who do
 * not see it.
 */
public record Sparkline(List<Bar> bars, String text) {

    static final int HEIGHT = 24;
    private static final int BAR_WIDTH = 6;
    private static final int GAP = 2;
    /** The facts that fill a bar; fewer make it shorter, so that one fact does not look like many. */
    private static final int FULL = 4;

    /** One year's bar: where it stands, and what it counts in words. */
    public record Bar(int x, int y, int width, int height, boolean empty, String title) {
    }

    public static Sparkline of(Vitality vitality) {
        List<YearCount> years = vitality.years();
        int most = Math.max(FULL, years.stream().mapToInt(YearCount::facts).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        List<String> told = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            YearCount year = years.get(i);
            int height = year.facts() == 0 ? 1 : Math.max(4, Math.round((float) year.facts() * (HEIGHT - 2) / most));
            bars.add(new Bar(i * (BAR_WIDTH + GAP), HEIGHT - height, BAR_WIDTH, height, year.facts() == 0,
                    year.year() + ": " + year.words()));
            if (year.facts() > 0) {
                told.add(year.year() + " " + year.words());
            }
        }
        String span = years.get(0).year() + "–" + years.get(years.size() - 1).year();
        String text = told.isEmpty() ? "No facts in " + span
                : "Facts by year, " + span + ": " + String.join("; ", told);
        return new Sparkline(bars, text);
    }

    public int width() {
        return bars.size() * (BAR_WIDTH + GAP) - GAP;
    }

    public int height() {
        return HEIGHT;
    }
}
