package org.tsunagu.web.calendar;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.web.CountryParameter;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.graph.GraphRequest;

/**
 * Which dated facts a calendar shows: of which {@code kinds} (events, signed agreements), naming
 * which entity, naming a place in which country or that place's government. The calendar page and
 * the iCalendar feed read the same parameters, so a link from one to the other keeps them.
 */
public record CalendarFilter(Set<FactType> kinds, Optional<Long> entity, Optional<ReferencePlace> country) {

    /** The kinds of fact a calendar can place: those that say when something happened or will. */
    public static final Set<FactType> DATED = EnumSet.of(FactType.AGREEMENT, FactType.EVENT);

    /** Every event and nothing else: the iCalendar feed unless asked otherwise. */
    public static final CalendarFilter EVENTS = new CalendarFilter(EnumSet.of(FactType.EVENT), Optional.empty(),
            Optional.empty());

    public CalendarFilter {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(FactType.class) : EnumSet.copyOf(kinds);
    }

    /** The request's {@code kinds}, {@code entity} and {@code country}; {@code fallback} kinds when none is named. */
    public static CalendarFilter read(Context ctx, Set<FactType> fallback) {
        Set<FactType> kinds = ctx.queryParams("kinds").stream().allMatch(String::isBlank) ? fallback
                : GraphRequest.kinds(ctx);
        if (!DATED.containsAll(kinds)) {
            throw new InvalidRequestException("kinds: a calendar shows agreement and event, not "
                    + String.join(", ", kinds.stream().filter(k -> !DATED.contains(k)).map(FactType::code).toList()));
        }
        return new CalendarFilter(kinds, QueryParameters.optionalId(ctx, "entity"), CountryParameter.read(ctx));
    }

    /** The filter as query parameters, ready to follow {@code ?} or {@code &}; empty for no filter. */
    public String query() {
        List<String> parts = new ArrayList<>();
        kinds.forEach(kind -> parts.add("kinds=" + kind.code()));
        entity.ifPresent(id -> parts.add("entity=" + id));
        country.ifPresent(c -> parts.add("country=" + URLEncoder.encode(c.id(), StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }
}
