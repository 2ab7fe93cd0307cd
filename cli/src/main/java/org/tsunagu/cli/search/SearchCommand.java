package org.tsunagu.cli.search;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.search.Facet;
import org.tsunagu.search.FacetCounts;
import org.tsunagu.search.InvalidSearchException;
import org.tsunagu.search.SearchHit;
import org.tsunagu.search.SearchJson;
import org.tsunagu.search.SearchRequest;
import org.tsunagu.search.SearchResults;
import org.tsunagu.search.Snippet;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
            "Search entities, facts and documents.",
            "Every word must occur; case and accents are ignored ('Da Nang' finds 'Đà Nẵng').",
            "Prints one line per result (kind, id, type, title, then the matching passage with",
            "the matches in «»), then the counts by kind, type, country, year and review state.",
            "Rejected facts are found only with --state rejected.",
            "The index is brought up to date with the database first (progress on standard error)."},
        footer = {"", "Example: tsunagu search 'Da Nang' --type agreement --country Japan"})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(arity = "0..*", paramLabel = "WORD", description = "Words to search for; none lists everything.")
    List<String> words = List.of();

    @Option(names = "--kind", paramLabel = "KIND", description = "Only entity, fact or document.")
    String kind;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: a fact type (agreement...), an entity type (place...) or document.")
    String type;

    @Option(names = "--country", paramLabel = "NAME", description = "Only results in or about this country (as the index names it: Japan).")
    String country;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only facts and documents of this year.")
    String year;

    @Option(names = "--state", paramLabel = "STATE", description = "Only facts in this review state: proposed, accepted, rejected, edited.")
    String state;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many results, up to 100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Option(names = "--json", description = "The results as one JSON object, as GET /api/search answers.")
    boolean json;

    @Override
    public Integer call() {
        SearchRequest request = request();
        PrintWriter out = spec.commandLine().getOut();
        try (Database store = Database.open(database.location())) {
            SearchResults results = SearchIndexing.withFreshIndex(store, spec.commandLine().getErr(),
                    index -> index.search(request));
            if (json) {
                out.println(SearchJson.of(results));
            } else {
                print(results, out);
            }
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }

    private SearchRequest request() {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        Map<Facet, String> given = new EnumMap<>(Facet.class);
        given.put(Facet.KIND, kind);
        given.put(Facet.TYPE, type);
        given.put(Facet.COUNTRY, country);
        given.put(Facet.YEAR, year);
        given.put(Facet.STATE, state);
        given.forEach((facet, value) -> {
            if (value != null) {
                filters.put(facet, value);
            }
        });
        try {
            return new SearchRequest(String.join(" ", words), filters, limit, offset);
        } catch (InvalidSearchException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void print(SearchResults results, PrintWriter out) {
        for (SearchHit hit : results.hits()) {
            out.println(hit.kind().code() + "\t" + hit.id() + "\t" + hit.type() + "\t" + hit.title() + "\t"
                    + marked(hit.snippet()));
        }
        out.println(results.hits().size() + " of " + results.total() + " results");
        for (FacetCounts facet : results.facets()) {
            out.println(facet.facet().code() + ": " + facet.values().stream()
                    .map(v -> v.value() + " " + v.count()).collect(Collectors.joining(", ")));
        }
    }

    private static String marked(Snippet snippet) {
        return snippet.parts().stream().map(p -> p.match() ? "«" + p.text() + "»" : p.text())
                .collect(Collectors.joining());
    }
}
