package org.tsunagu.cli.search;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.search.IndexSize;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {
            "Build the search index again from the database.",
            "The index (the folder FILE.search beside the database file) is a projection of the",
            "database: ingest, serve and search keep it up to date on their own, and it can be",
            "deleted at any time. Progress on standard error; stop a running server first."})
public final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        try (Database store = Database.open(database.location()); SearchIndex index = SearchIndex.open(store)) {
            if (!index.isWritable()) {
                throw new ParameterException(spec.commandLine(),
                        "the search index is in use by a running server; stop it first (it keeps the index up to date)");
            }
            long start = System.nanoTime();
            try (IndexProgress progress = new IndexProgress()) {
                index.rebuild(progress);
            }
            IndexSize size = index.size();
            spec.commandLine().getOut().printf(Locale.ROOT, "indexed %,d entries (%.1f MB) in %.1f s%n", size.entries(),
                    size.bytes() / 1e6, (System.nanoTime() - start) / 1e9);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.SUCCESS;
    }
}
