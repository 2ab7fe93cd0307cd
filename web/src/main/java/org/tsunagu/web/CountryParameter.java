package org.tsunagu.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;

/** The {@code country} query parameter: an ISO 3166-1 alpha-2 code of the reference data, in either case. */
public final class CountryParameter {

    private CountryParameter() {
    }

    /** The country named; empty when the parameter is absent or blank. */
    public static Optional<ReferencePlace> read(Context ctx) {
        String code = Optional.ofNullable(ctx.queryParam("country")).orElse("").strip();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ReferencePlaces.standard().byId(code.toUpperCase(Locale.ROOT))
                .filter(ReferencePlace::isCountry)
                .orElseThrow(() -> new InvalidRequestException("country: no country has the ISO 3166-1 code '"
                        + code + "'")));
    }
}
