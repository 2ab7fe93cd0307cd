package org.tsunagu.cli.kb;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.Conflict;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeFactJson;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {
            "List the knowledge base's facts.",
            "One line per real agreement, tie, role, event, figure or product, however many",
            "articles report it: its id (for 'review'), review state, combined confidence,",
            "number of sources, the dates it was reported, and any conflict between sources.",
            "Rejected facts are listed only with --state rejected."},
        footer = {"", "Example: tsunagu facts --type agreement --sources"})
public final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only this type: agreement, relationship, role, event, investment, product.")
    String type;

    @Option(names = "--state", paramLabel = "STATE", description = "Only this review state: proposed, accepted, rejected, edited.")
    String state;

    @Option(names = "--entity", paramLabel = "ID", description = "Only facts about this entity (see 'tsunagu entities').")
    Long entity;

    @Option(names = "--sources", description = "Also print each source's document and sentence.")
    boolean sources;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        KnowledgeQuery query = KnowledgeQuery.all().withType(KbOptions.code(spec, FactType.class, type))
                .withState(KbOptions.code(spec, ReviewState.class, state)).withEntity(entity).withLimit(listing.limit)
                .withOffset(listing.offset);
        PrintWriter out = spec.commandLine().getOut();
        try (Database store = Database.open(database.location())) {
            Page<KnowledgeFact> page = store.knowledgeFacts(query);
            page.items().forEach(f -> print(out, f, listing.json, sources));
            if (!listing.json) {
                out.println(page.items().size() + " of " + page.total() + " facts");
            }
        }
        return ExitCodes.SUCCESS;
    }

    static void print(PrintWriter out, KnowledgeFact f, boolean json, boolean sources) {
        if (json) {
            out.println(KnowledgeFactJson.write(f));
            return;
        }
        out.printf(Locale.ROOT, "%d\t%s\t%s\t%.2f, %d source%s%s%n", f.id(), f.reviewState().code(), f.summary(),
                f.confidence(), f.sourcesInAll(), f.sourcesInAll() == 1 ? "" : "s",
                f.firstSeen().map(d -> ", " + (f.lastSeen().filter(l -> !l.equals(d)).map(l -> d + " to " + l).orElse("as of " + d)))
                        .orElse(""));
        for (Conflict c : f.conflicts()) {
            out.println("\tconflict on " + c.field() + ": " + c.documentsByValue());
        }
        if (sources) {
            f.sources().forEach(s -> out.println("\t" + s.document() + ": " + s.sentence()
                    + (s.alsoPublishedBy().isEmpty() ? "" : " (also published by " + s.alsoPublishedBy().size() + ")")));
        }
    }
}
