package org.tsunagu.cli.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.cli.common.TsunaguHome;
import org.tsunagu.cli.ingest.IngestRun;
import org.tsunagu.cli.serve.ListenOptions;
import org.tsunagu.cli.serve.PortOption;
import org.tsunagu.cli.serve.ReadAccessOption;
import org.tsunagu.cli.serve.Serving;
import org.tsunagu.cli.serve.ServingLock;
import org.tsunagu.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Ingest the sample articles and start the web application.",
            "Reads examples/articles into the embedded SQLite database",
            "(data/tsunagu.db unless --db says otherwise), then serves",
            "http://127.0.0.1:7070 until stopped. The first run creates the account",
            "'admin' and prints its password once (or takes $TSUNAGU_ADMIN_PASSWORD)."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    PortOption port;

    @Mixin
    ReadAccessOption readAccess;

    @Mixin
    ListenOptions listen;

    @Option(names = "--articles", paramLabel = "FOLDER",
            description = "Articles to ingest (default: examples/articles in the Tsunagu folder).")
    Path articles;

    @Option(names = "--no-serve", description = "Ingest only; do not start the web server.")
    boolean noServe;

    @Override
    public Integer call() {
        Path folder = articles != null ? articles : TsunaguHome.folder().resolve("examples").resolve("articles");
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "no sample articles at " + folder);
        }
        String location = database.location();
        try (Database store = Database.open(location);
                ServingLock serving = noServe ? null : ServingLock.acquire(location)) {
            var report = IngestRun.run(store, location, List.of(folder), spec.commandLine().getOut());
            if (!noServe) {
                Serving.serveUntilStopped(store, location, listen.settings(port.port(), readAccess.readAccess()),
                        spec.commandLine().getOut(), spec.commandLine().getErr());
            }
            return IngestRun.exitCode(report);
        }
    }
}
