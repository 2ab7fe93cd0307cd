package org.tsunagu.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tsunagu.extraction.Extractors;
import org.tsunagu.ingest.InOrderWorkers;
import org.tsunagu.ingest.IngestListener;
import org.tsunagu.ingest.Ingestor;
import org.tsunagu.ingest.source.ArticleFiles;
import org.tsunagu.ingest.source.ReadResult;
import org.tsunagu.store.Database;

/**
 * Scores entity resolution against the gold set: the documents are ingested into a temporary SQLite
 * file, each gold mention takes the knowledge entity resolved for the system mention at the same or
 * overlapping offsets, and B-cubed precision and recall compare those entities with the gold clusters
 * over the gold mentions the system found; coverage is the share it found.
 */
final class ResolutionBench {

    private final Map<String, Path> folders;
    private final ResolutionGold gold;

    /**
     * {@code folders}: the folder of each corpus of the gold set ("real", "samples") to read documents
     * from; the gold mentions of documents not in them are not scored.
     */
    ResolutionBench(ResolutionGold gold, Map<String, Path> folders) {
        this.gold = gold;
        this.folders = folders;
    }

    void run(PrintWriter out) {
        Path folder = BenchCommand.temporaryFolder();
        try {
            Path file = folder.resolve("resolution.db");
            Set<String> read = ingest(file);
            ResolutionGold scored = gold.restrictedTo(folders.keySet(), read);
            Map<String, List<SystemMention>> system = systemMentions(file);
            Map<String, List<ResolutionGold.Mention>> byCorpus = new LinkedHashMap<>();
            scored.mentions().forEach(m -> byCorpus.computeIfAbsent(m.corpus(), c -> new ArrayList<>()).add(m));
            if (byCorpus.size() > 1) {
                report(out, "all", scored.mentions(), system);
            }
            byCorpus.forEach((corpus, mentions) -> report(out, corpus, mentions, system));
        } finally {
            BenchCommand.deleteRecursively(folder);
        }
    }

    /** Ingests the gold set's documents found in the folders; returns their names. */
    private Set<String> ingest(Path file) {
        Set<String> wanted = gold.documents();
        List<ReadResult> documents = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (Path folder : folders.values()) {
            ArticleFiles.of(List.of(folder)).iterator().forEachRemaining(result -> {
                if (result instanceof ReadResult.Read read && wanted.contains(read.document().name())) {
                    documents.add(result);
                    names.add(read.document().name());
                }
            });
        }
        try (Database database = Database.open(file.toString())) {
            new Ingestor(Extractors.standard(), database, InOrderWorkers.allCores())
                    .ingest(documents.iterator(), documents.size(), IngestListener.SILENT);
        }
        return names;
    }

    /** A fact argument's offsets in its document and the live knowledge entity it resolved to. */
    record SystemMention(int start, int end, long entity) {

        int overlap(ResolutionGold.Mention m) {
            return Math.min(end, m.end()) - Math.max(start, m.start());
        }
    }

    private static Map<String, List<SystemMention>> systemMentions(Path file) {
        Map<String, List<SystemMention>> mentions = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            Map<Long, Long> mergedInto = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT id, merged_into FROM kb_entities WHERE merged_into IS NOT NULL")) {
                while (rows.next()) {
                    mergedInto.put(rows.getLong(1), rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    SELECT d.name, a.mention_start, a.mention_end, a.resolved_id
                    FROM fact_arguments a JOIN facts f ON f.id = a.fact_id JOIN documents d ON d.id = f.document_id
                    WHERE a.resolved_id IS NOT NULL""")) {
                while (rows.next()) {
                    long entity = rows.getLong(4);
                    while (mergedInto.containsKey(entity)) {
                        entity = mergedInto.get(entity);
                    }
                    mentions.computeIfAbsent(rows.getString(1), d -> new ArrayList<>())
                            .add(new SystemMention(rows.getInt(2), rows.getInt(3), entity));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the mentions of the benchmark database " + file, e);
        }
        return mentions;
    }

    /** The system mention at the same offsets, else the one overlapping most (the shorter of equals). */
    private static SystemMention match(ResolutionGold.Mention m, List<SystemMention> candidates) {
        return candidates.stream().filter(s -> s.overlap(m) > 0)
                .max(Comparator.<SystemMention, Boolean>comparing(s -> s.start() == m.start() && s.end() == m.end())
                        .thenComparingInt(s -> s.overlap(m))
                        .thenComparing(Comparator.comparingInt((SystemMention s) -> s.end() - s.start()).reversed()))
                .orElse(null);
    }

    private static void report(PrintWriter out, String corpus, List<ResolutionGold.Mention> mentions,
            Map<String, List<SystemMention>> system) {
        List<BCubed.Item> found = new ArrayList<>();
        for (ResolutionGold.Mention m : mentions) {
            SystemMention s = match(m, system.getOrDefault(m.document(), List.of()));
            if (s != null) {
                found.add(new BCubed.Item(m.cluster(), s.entity()));
            }
        }
        BCubed score = BCubed.of(found);
        out.printf(Locale.ROOT, "%-8s mentions %4d  found %4d  coverage %.3f  B-cubed precision %.3f  recall %.3f  F1 %.3f%n",
                corpus, mentions.size(), found.size(), mentions.isEmpty() ? 0.0 : found.size() / (double) mentions.size(),
                score.precision(), score.recall(), score.f1());
        out.flush();
    }
}
