package org.tsunagu.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tsunagu.web.api.ApiConventions;
import org.tsunagu.web.api.ApiReference;
import org.tsunagu.web.fact.KnowledgeFilter;

/**
 * Answers 400 naming a query parameter the route does not take, so that a misspelt filter
 * ({@code ?tpye=event}) is heard of rather than silently ignored. What the API takes is read from
 * its OpenAPI description; what each page takes is listed here, and a test checks that every page
 * is listed.
 */
public final class KnownParameters {

    private static final Set<String> LISTING = Set.of("q", "type", "limit", "offset");
    private static final Set<String> NONE = Set.of();
    /** The query parameters each page reads, by the path it is registered under. */
    private static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/", LISTING),
            Map.entry("/facts/{id}", NONE),
            Map.entry("/entities", LISTING),
            Map.entry("/entities/{id}", Set.of("type", "limit", "offset")),
            Map.entry("/entities/duplicates", Set.of("type", "limit")),
            Map.entry("/entities/merge", Set.of("a", "b")),
            Map.entry("/entities/{id}/corridors", NONE),
            Map.entry("/corridors/{investor}/{destination}", Set.of("currency")),
            Map.entry("/documents", Set.of("limit", "offset")),
            Map.entry("/documents/{id}", Set.of("fact")),
            Map.entry("/network", Set.of("entity", "depth", "kinds", "from", "to", "top", "to_entity", "to_name",
                    "hide_country", "max_ties", "colour")),
            Map.entry("/calendar", Set.of("month", "view", "kinds", "entity", "country")),
            Map.entry("/map", Set.of("entity", "depth", "kinds", "from", "to", "top", "country")),
            Map.entry("/search", Set.of("q", "limit", "offset", "kind", "type", "country", "year", "state")),
            Map.entry("/export", NONE),
            Map.entry("/agreements", NONE),
            Map.entry("/partners/{id}", NONE),
            Map.entry("/review", Stream.concat(KnowledgeFilter.PARAMETERS.stream(), Stream.of("offset"))
                    .collect(Collectors.toUnmodifiableSet())),
            Map.entry("/review/{id}", NONE),
            Map.entry("/review/{id}/edit", NONE),
            Map.entry("/upload", NONE),
            Map.entry("/uploads/{id}", NONE),
            Map.entry("/audit", Set.of("user", "entity", "from", "to", "limit", "offset")),
            Map.entry("/api-reference", NONE),
            Map.entry("/login", Set.of("next")),
            Map.entry("/account/menu", NONE),
            Map.entry("/following", NONE),
            Map.entry("/following/button", Set.of("kind", "target")),
            Map.entry("/feeds/{token}/{id}.atom", NONE),
            Map.entry("/ties", Set.of("entity", "kind", "country", "status", "as_of", "limit", "offset")),
            Map.entry("/products", Set.of("channel", "category", "origin")),
            Map.entry("/products/{id}", NONE),
            Map.entry("/buyers", Set.of("entity")),
            Map.entry("/buyers/{id}", NONE));

    private final Map<String, Set<String>> byRoute;

    private KnownParameters(Map<String, Set<String>> byRoute) {
        this.byRoute = Map.copyOf(byRoute);
    }

    /** Checks every request that reaches a route; call after access control, so a stranger hears 401 first. */
    public static void install(Javalin app) {
        KnownParameters known = described(ApiConventions.description());
        app.beforeMatched(known::check);
    }

    /** The parameters a route takes ("GET", "/api/facts"); empty for a route this does not check. */
    public Optional<Set<String>> of(String method, String path) {
        return Optional.ofNullable(byRoute.get(method.toUpperCase(Locale.ROOT) + " " + path));
    }

    /** The API's routes as the OpenAPI description gives them, the pages' as listed above. */
    public static KnownParameters described(byte[] description) {
        Map<String, Set<String>> byRoute = new HashMap<>();
        PAGES.forEach((path, names) -> byRoute.put("GET " + path, names));
        for (ApiReference.Operation operation : ApiReference.of(description).operations()) {
            byRoute.put(operation.method() + " " + operation.path(), operation.parameters().stream()
                    .filter(parameter -> parameter.in().equals("query")).map(ApiReference.Parameter::name)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return new KnownParameters(byRoute);
    }

    private void check(Context ctx) {
        Optional<Set<String>> checked = of(ctx.method().name(), ctx.endpointHandlerPath());
        if (checked.isEmpty()) {
            return;
        }
        Set<String> known = checked.get();
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw new InvalidRequestException("unknown query parameter '" + name + "': " + ctx.path()
                        + (known.isEmpty() ? " takes none" : " takes " + String.join(", ", new TreeSet<>(known))));
            }
        }
    }
}
