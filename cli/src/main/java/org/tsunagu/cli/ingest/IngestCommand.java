package org.tsunagu.cli.ingest;

import java.util.concurrent.Callable;
import org.tsunagu.cli.common.ArticlePaths;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Read articles, extract their facts and store them.",
            "Takes files and folders of .txt, .md, .html/.htm and .pdf articles and",
            "stores documents, entities, facts and evidence. Re-ingesting an unchanged",
            "article changes nothing; a file that fails is reported and the others",
            "are still stored."},
        footer = {"", "Exit codes: 0 all stored, 1 some files failed, 2 usage error."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    ArticlePaths articles;

    @Override
    public Integer call() {
        String location = database.location();
        try (Database store = Database.open(location)) {
            return IngestRun.exitCode(IngestRun.run(store, location, articles.paths(), spec.commandLine().getOut()));
        }
    }
}
