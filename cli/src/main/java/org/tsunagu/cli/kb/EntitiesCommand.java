package org.tsunagu.cli.kb;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.Database;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {
            "List the knowledge base's entities.",
            "One line per real organisation, place or person, however many names the articles",
            "gave it: its id (for 'review merge' and 'review split'), type, name, where it lies",
            "or what it governs, and its aliases."},
        footer = {"", "Example: tsunagu entities --type place --text nang"})
public final class EntitiesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this type: organisation, place, person, group.")
    String type;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only entities with a name containing TEXT (case and accents ignored).")
    String text;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        EntityQuery query = EntityQuery.all().withType(KbOptions.code(spec, EntityType.class, type)).withText(text)
                .withLimit(listing.limit).withOffset(listing.offset);
        PrintWriter out = spec.commandLine().getOut();
        try (Database store = Database.open(database.location())) {
            Page<Entity> page = store.entities(query);
            for (Entity e : page.items()) {
                if (listing.json) {
                    out.println(KbJson.entity(e));
                } else {
                    out.println(e.id() + "\t" + e.type().code() + "\t" + e.name()
                            + e.level().map(l -> " (" + l + e.parent().map(p -> " in " + p).orElse("") + ")").orElse("")
                            + e.governs().map(g -> " (governs " + g + ")").orElse("")
                            + (e.aliases().size() > 1 ? "\taka " + String.join("; ", e.aliases()) : ""));
                }
            }
            if (!listing.json) {
                out.println(page.items().size() + " of " + page.total() + " entities");
            }
        }
        return ExitCodes.SUCCESS;
    }
}
