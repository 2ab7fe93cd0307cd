package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tsunagu.model.document.Document;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.web.WebServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code bench search} and {@code bench web}: a large database made or found, then measured. */
final class ServingBench {

    private final ServingBenchOptions options;
    private final List<Document> samples;
    private final CommandSpec spec;

    ServingBench(ServingBenchOptions options, List<Document> samples, CommandSpec spec) {
        this.options = options;
        this.samples = samples;
        this.spec = spec;
    }

    void run(String what) {
        PrintWriter out = spec.commandLine().getOut();
        if ("web".equals(what) && options.url != null) {
            new WebBench(options.url, paths(null)).run(options.clients, options.seconds, out);
            return;
        }
        Path temporary = options.db == null ? BenchCommand.temporaryFolder() : null;
        Path file = options.db != null ? Path.of(options.db) : temporary.resolve("bench.db");
        try (Database database = BenchDatabase.open(file, options.facts, samples, out)) {
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

    /** {@code count} entities evenly spaced in the list of all, so that hubs and leaves both come. */
    static List<Entity> spreadOver(Database database, int count) {
        List<Entity> chosen = new ArrayList<>();
        long total = database.entities(EntityQuery.all().withLimit(1)).total();
        if (count <= 0 || total == 0) {
            return chosen;
        }
        double step = Math.max(1.0, (double) total / count);
        double next = 0;
        for (int offset = 0; offset < total && chosen.size() < count; offset += EntityQuery.MAX_LIMIT) {
            List<Entity> page = database.entities(EntityQuery.all().withOffset(offset).withLimit(EntityQuery.MAX_LIMIT))
                    .items();
            for (; next < offset + page.size() && chosen.size() < count; next += step) {
                chosen.add(page.get((int) next - offset));
            }
        }
        return chosen;
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
        if (database != null) {
            spreadOver(database, options.entityPages).forEach(entity -> paths.add("/entities/" + entity.id()));
            spreadOver(database, options.nameSearches).forEach(entity -> paths.add("/search?q="
                    + URLEncoder.encode(entity.name(), StandardCharsets.UTF_8)));
        }
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no paths to request (lines of --paths start with /)");
        }
        return paths;
    }
}
