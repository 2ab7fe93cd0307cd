package org.tsunagu.web.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.knowledge.Participant;

/**
 * Reads the dated facts a calendar filter lets through, a page at a time in year order. A fact is
 * in a country when one of the entities it names is a place there, or the government of one.
 */
public final class CalendarReader {

    private static final int PAGE = 500;
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    private final Database database;
    private final ReferencePlaces places;

    public CalendarReader(Database database, ReferencePlaces places) {
        this.database = database;
        this.places = places;
    }

    /** Every dated fact, read page by page as the stream is used (the iCalendar feed streams them). */
    public Stream<Dated> all(CalendarFilter filter) {
        return Stream.iterate(0, offset -> offset + PAGE).map(offset -> page(filter, FIRST_YEAR, LAST_YEAR, offset))
                .takeWhile(page -> !page.isEmpty()).flatMap(page -> kept(filter, page).stream());
    }

    /** The dated facts of these years, both included, at most {@code limit}. */
    public List<Dated> between(CalendarFilter filter, int firstYear, int lastYear, int limit) {
        List<Dated> found = new ArrayList<>();
        for (int offset = 0; found.size() < limit; offset += PAGE) {
            List<CitedFact> page = page(filter, firstYear, lastYear, offset);
            if (page.isEmpty()) {
                break;
            }
            found.addAll(kept(filter, page));
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private List<CitedFact> page(CalendarFilter filter, int firstYear, int lastYear, int offset) {
        return database.datedFacts(filter.kinds(), filter.entity(), firstYear, lastYear, PAGE, offset);
    }

    private List<Dated> kept(CalendarFilter filter, List<CitedFact> facts) {
        Map<Long, String> placeIds = filter.country().isEmpty() ? Map.of() : database.referencePlaces(
                facts.stream().flatMap(f -> f.participants().stream()).map(Participant::entity).distinct().toList());
        return facts.stream().filter(fact -> filter.country().isEmpty() || fact.participants().stream()
                        .anyMatch(p -> inCountry(placeIds.get(p.entity()), filter.country().get().id())))
                .map(Dated::of).flatMap(Optional::stream).toList();
    }

    private boolean inCountry(String placeId, String country) {
        return placeId != null && places.byId(placeId).map(place -> places.countryOf(place).id().equals(country))
                .orElse(false);
    }
}
