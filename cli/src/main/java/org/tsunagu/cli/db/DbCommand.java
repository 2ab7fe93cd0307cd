package org.tsunagu.cli.db;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tsunagu.cli.Subcommands;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Work on the database as a whole.",
        subcommands = DbCommand.Copy.class,
        footer = {"", "Exit codes: 0 done, 1 the copy failed (the target is left empty), 2 usage error."})
public final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: " + Subcommands.of(spec));
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {
                "Copy a whole knowledge base into another, empty database: documents, entities,",
                "facts, review decisions, accounts and the audit log, ids included. Either side",
                "may be a SQLite file or a jdbc:postgresql:// URL. The copy is one transaction;",
                "the search index of the target is rebuilt from it when next used."})
    static final class Copy implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The database to copy.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "FILE|URL",
                description = "The database to copy into: new, or migrated and empty.")
        String to;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            Map<String, Long> rows;
            try (Database source = Database.open(from); Database target = Database.open(to)) {
                rows = source.copyTo(target);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "copied %,d documents, %,d entities, %,d knowledge facts, %,d accounts and "
                    + "%,d audit entries (%,d rows in %d tables) in %.1f s%n",
                    rows.get("documents"), rows.get("kb_entities"), rows.get("kb_facts"), rows.get("accounts"),
                    rows.get("audit_log"), rows.values().stream().mapToLong(Long::longValue).sum(), rows.size(),
                    (System.nanoTime() - started) / 1e9);
            out.flush();
            return 0;
        }
    }
}
