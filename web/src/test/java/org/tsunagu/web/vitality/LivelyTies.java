package org.tsunagu.web.vitality;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;

/**
 * Two ties as of mid-2026: Nantes and Niigata, sister cities since 1990 with a meeting in 2024 and
 * a visit in 2025 (active); a trading house whose name needs escaping and Niigata, with an MOU of
 * 2019 and nothing since (on paper only). A person's visit ties nothing.
 */
final class LivelyTies {

    static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
    static final String TRADING_HOUSE = "Loire <Trade> & Partners";
    private static final String TEXT = "Nantes and Niigata have been sister cities since 1990. "
            + "Officials of Nantes met their Niigata counterparts in 2024. "
            + "Nantes welcomed a delegation from Niigata in 2025. "
            + TRADING_HOUSE + " signed an MOU with Niigata in 2019. "
            + "Mayor Keiko Sato toured Nantes.";

    private LivelyTies() {
    }

    static Extraction article() {
        Articles article = Articles.article("nantes-niigata", TEXT);
        return article.with(
                article.friendship("sister cities", PartialDate.ofYear(1990), article.place("Nantes"),
                        article.place("Niigata")),
                event(article, EventKind.MEETING, "met their", 2024, article.place("Nantes"), article.place("Niigata")),
                event(article, EventKind.VISIT, "welcomed a delegation", 2025, article.place("Nantes"),
                        article.place("Niigata")),
                article.mou("signed an MOU", PartialDate.ofYear(2019), article.organisation(TRADING_HOUSE),
                        article.place("Niigata")),
                article.visit("toured", article.place("Nantes"), article.person("Keiko Sato")));
    }

    private static Event event(Articles article, EventKind kind, String trigger, int year, EntityRef location,
            EntityRef participant) {
        return new Event(kind, Optional.of(PartialDate.ofYear(year)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(location), List.of(), List.of(participant), article.evidence(trigger), 0.7);
    }
}
