package org.tsunagu.cli.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.web.export.ExportFormat;
import org.tsunagu.web.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Export the knowledge base: one real fact per record however many articles report it.",
            "Rejected facts are left out. The web application offers the same files at /export."},
        footer = {"",
            "Formats:",
            "  csv      a spreadsheet per fact type (agreement.csv, ...): the fact, its review state,",
            "           confidence, number of sources, first evidence sentence and document.",
            "           Without --type, all six into the folder --out names.",
            "  jsonld   JSON-LD in the schema.org vocabulary (graph.jsonld).",
            "  graphml  GraphML for Gephi: entities as nodes, facts between two of them as edges.",
            "  ics      iCalendar of the events whose day is known (events.ics).",
            "",
            "Without --out, a single file goes to standard output. A file is written under a",
            "temporary name and renamed when complete, so it is never found half written.",
            "",
            "Examples:",
            "  tsunagu export --format csv --out exports/",
            "  tsunagu export --format graphml --out graph.graphml",
            "  tsunagu export --format ics > events.ics"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "csv, jsonld, graphml or ics.")
    ExportFormat format;

    @Option(names = "--type", paramLabel = "TYPE",
            description = {"One fact type: agreement, relationship, role, event, investment, product.",
                "For csv, that type's file only; for jsonld and graphml, only its facts."})
    FactType type;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Where to write: a file, or a folder that gets the file's usual name.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Optional<FactType> only = Optional.ofNullable(type);
        boolean everySpreadsheet = format == ExportFormat.CSV && only.isEmpty();
        if (everySpreadsheet && out == null) {
            throw new ParameterException(spec.commandLine(),
                    "name a folder with --out for the six CSV files, or one fact type with --type");
        }
        if (!everySpreadsheet) {
            try {
                Exporter.check(format, only);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        try (Database store = Database.open(database.location())) {
            Exporter exporter = new Exporter(store, Clock.systemUTC());
            if (everySpreadsheet) {
                Files.createDirectories(out);
                for (FactType each : FactType.values()) {
                    writeFile(exporter, Optional.of(each), out.resolve(Exporter.fileName(format, Optional.of(each))));
                }
            } else if (out == null) {
                OutputStream stdout = System.out;
                long records = exporter.write(format, only, stdout);
                stdout.flush();
                report(records, "standard output");
            } else {
                writeFile(exporter, only, Files.isDirectory(out) ? out.resolve(Exporter.fileName(format, only)) : out);
            }
        }
        return ExitCodes.SUCCESS;
    }

    private void writeFile(Exporter exporter, Optional<FactType> only, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        long records;
        try (OutputStream stream = Files.newOutputStream(partial)) {
            records = exporter.write(format, only, stream);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        report(records, file.toString());
    }

    /** On standard error, which stays clear of an export written to standard output. */
    private void report(long records, String where) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(where + ": " + records + " " + format.records());
        err.flush();
    }
}
