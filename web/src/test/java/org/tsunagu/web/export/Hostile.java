package org.tsunagu.web.export;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;

/**
 * An article written to break exports: names with quotes, commas, a line break, markup and a
 * spreadsheet formula, and an event on a known day whose text needs escaping and folding.
 */
final class Hostile {

    /** Runs a command when a spreadsheet takes it for a formula. */
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String MARKUP = "Evil \"Corp\", <b>Ltd</b>\nBranch";
    static final String EVENT_NAME = "Expo; Osaka, Kansai \\ 2025";
    static final String TEXT = FORMULA + " signed an MOU with " + MARKUP + " in 2024. "
            + "The " + EVENT_NAME + " opened at Yumeshima on 13 April 2025 with 大阪・関西万博の日本館と多くの国々のパビリオン.";

    private Hostile() {
    }

    /** The samples' five facts of five kinds, and this article's agreement and event. */
    static void storeWithSamples(Database database) {
        database.save(Samples.jetroChongqing());
        database.save(Samples.daNangSakai());
        database.save(article());
    }

    static Extraction article() {
        Articles article = Articles.article("hostile", TEXT);
        Event expo = new Event(EventKind.EXHIBITION, Optional.of(PartialDate.ofDay(2025, 4, 13)),
                Optional.of(PartialDate.ofDay(2025, 10, 13)), Optional.empty(), Optional.of(EVENT_NAME),
                Optional.of(article.place("Yumeshima")), List.of(article.organisation(MARKUP)), List.of(),
                article.evidence("opened"), 0.8);
        return article.with(article.mou("signed", PartialDate.ofYear(2024), article.organisation(FORMULA),
                article.organisation(MARKUP)), expo);
    }
}
