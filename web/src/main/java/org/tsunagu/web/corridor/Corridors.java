package org.tsunagu.web.corridor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.money.ExchangeRates;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.Participant;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.web.NotFoundException;

/** Reads corridors from the store: the figures between two entities, and the corridors one entity is in. */
final class Corridors {

    /** More figures than any corridor has; the newest are kept should one ever have more. */
    private static final int MAX_FIGURES = 1_000;

    private final Database database;
    private final ExchangeRates rates;

    Corridors(Database database, ExchangeRates rates) {
        this.database = database;
        this.rates = rates;
    }

    CorridorReport report(long investor, long destination, Currency currency) {
        Entity from = entity(investor);
        Entity to = entity(destination);
        List<CorridorFigure> figures = new ArrayList<>();
        for (CitedFact fact : investmentFacts(investor)) {
            if (id(fact, "investor").equals(Optional.of(investor)) && id(fact, "destination").equals(Optional.of(destination))) {
                Investment investment = (Investment) fact.fact();
                Optional<Integer> year = fact.year();
                figures.add(new CorridorFigure(fact, investment, year,
                        year.flatMap(y -> rates.convert(investment.amount(), currency, y))));
            }
        }
        return new CorridorReport(new Corridor(investor, from.name(), destination, to.name(), figures.size()), currency,
                figures, rates.source());
    }

    /** The corridors the entity is an end of, the ones with most figures first. */
    List<Corridor> of(long entity) {
        Map<String, Corridor> corridors = new LinkedHashMap<>();
        for (CitedFact fact : investmentFacts(entity)) {
            Optional<Participant> investor = fact.in("investor").stream().findFirst();
            Optional<Participant> destination = fact.in("destination").stream().findFirst();
            if (investor.isPresent() && destination.isPresent()) {
                Participant from = investor.get();
                Participant to = destination.get();
                corridors.merge(from.entity() + "/" + to.entity(),
                        new Corridor(from.entity(), from.name(), to.entity(), to.name(), 1),
                        (a, b) -> new Corridor(a.investor(), a.investorName(), a.destination(), a.destinationName(),
                                a.figures() + 1));
            }
        }
        return corridors.values().stream().sorted(Comparator.comparingInt(Corridor::figures).reversed()
                .thenComparing(Corridor::title)).toList();
    }

    private List<CitedFact> investmentFacts(long entity) {
        return database.factsAbout(entity, FactType.INVESTMENT, MAX_FIGURES, 0);
    }

    Entity entity(long id) {
        return database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
    }

    private static Optional<Long> id(CitedFact fact, String role) {
        return fact.in(role).stream().findFirst().map(Participant::entity);
    }
}
