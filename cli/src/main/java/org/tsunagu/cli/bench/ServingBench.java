package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.model.document.Document;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.WebServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code bench search} and {@code bench web}: a large database made or found, then measured. */
final class ServingBench {

    private final ServingBenchOptions options;
    private final List<Document> samples;
    private final int size;
    private final CommandSpec spec;

    ServingBench(ServingBenchOptions options, List<Document> samples, int size, CommandSpec spec) {
        this.options = options;
        this.samples = samples;
        this.size = size;
        this.spec = spec;
    }

    void run(String what) {
        PrintWriter out = spec.commandLine().getOut();
        if ("web".equals(what) && options.url != null) {
            new WebBench(options.url, paths(null)).run(options.clients, options.seconds, out);
            return;
        }
        Path temporary = options.db == null ? BenchCommand.temporaryFolder() : null;
        Path file = options.db != null ? options.db : temporary.resolve("bench.db");
        try (Database database = BenchDatabase.open(file, options.facts, samples, size, out)) {
            if ("search".equals(what)) {
                SearchBench.run(database, out);
            } else {
                try (WebServer server = WebServer.start(database, 0)) {
                    URI base = URI.create("http://localhost:" + server.port() + "/");
                    new WebBench(base, paths(database)).run(options.clients, options.seconds, out);
                }
            }
        } finally {
            if (temporary != null) {
                BenchCommand.deleteRecursively(temporary);
            }
        }
    }

    private List<String> paths(Database database) {
        List<String> paths = new ArrayList<>();
        if (options.paths != null) {
            try {
                Files.readAllLines(options.paths).stream().map(String::strip).filter(p -> p.startsWith("/"))
                        .forEach(paths::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + options.paths, e);
            }
        } else {
            paths.addAll(WebBench.standardPaths());
        }
        if (options.entityPages > 0 && database != null) {
            database.entities(EntityQuery.all().withLimit(options.entityPages)).items()
                    .forEach(entity -> paths.add("/entities/" + entity.id()));
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no paths to request (lines of --paths start with /)");
        }
        return paths;
    }
}
