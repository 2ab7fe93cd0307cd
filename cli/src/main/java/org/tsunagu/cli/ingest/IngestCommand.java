package org.tsunagu.cli.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.ArticlePaths;
import org.tsunagu.cli.common.TerminalText;
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

    /** A path that does not exist is said once and left out; with nothing left, nothing is ingested or summed up. */
    @Override
    public Integer call() {
        List<Path> missing = articles.paths().stream().filter(Files::notExists).toList();
        missing.forEach(path -> spec.commandLine().getErr().println(
                "tsunagu ingest: " + TerminalText.escaped(path.toString()) + ": no such file or folder"));
        List<Path> present = articles.paths().stream().filter(path -> !missing.contains(path)).toList();
        if (present.isEmpty()) {
            return ExitCodes.SOME_FAILED;
        }
        String location = database.location();
        try (Database store = Database.open(location)) {
            int stored = IngestRun.exitCode(IngestRun.run(store, location, present, spec.commandLine().getOut()));
            return missing.isEmpty() ? stored : ExitCodes.SOME_FAILED;
        }
    }
}
