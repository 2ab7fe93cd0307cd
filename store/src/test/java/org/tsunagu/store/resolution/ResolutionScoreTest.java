package org.tsunagu.store.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.Coded;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

/**
 * Scores entity resolution against the hand-written gold (src/test/resources/resolution/gold.tsv)
 * with B-cubed precision and recall, and prints the figures. Each article's gold mentions are
 * saved as the participants of one event, so the store resolves them as it resolves any fact's.
 */
class ResolutionScoreTest {

    private static final Path ARTICLES = Path.of("../examples/articles");

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    record Mention(String document, String name, EntityType type, String cluster) {
    }

    @Test
    void resolvesTheGoldMentionsWithHighBCubedPrecisionAndRecall() throws IOException, SQLException {
        List<Mention> gold = gold();
        Map<String, List<Mention>> byDocument = new LinkedHashMap<>();
        gold.forEach(m -> byDocument.computeIfAbsent(m.document(), d -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<Mention>> entry : byDocument.entrySet()) {
            Articles article = Articles.article(entry.getKey(),
                    Files.readString(ARTICLES.resolve(entry.getKey()), StandardCharsets.UTF_8));
            List<EntityRef> refs = new ArrayList<>();
            for (Mention m : entry.getValue()) {
                Span span = article.span(m.name());
                refs.add(new EntityRef(m.name(), m.type(), span));
            }
            Event event = new Event(EventKind.OTHER, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), refs, article.evidence(entry.getValue().get(0).name()),
                    0.5);
            store.database().save(article.with(event));
        }

        List<Long> predicted = predictedEntities(byDocument);
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < gold.size(); i++) {
            int same = 0;
            int samePredicted = 0;
            int sameGold = 0;
            for (int j = 0; j < gold.size(); j++) {
                boolean p = predicted.get(i).equals(predicted.get(j));
                boolean g = gold.get(i).cluster().equals(gold.get(j).cluster());
                samePredicted += p ? 1 : 0;
                sameGold += g ? 1 : 0;
                same += p && g ? 1 : 0;
            }
            precision += (double) same / samePredicted;
            recall += (double) same / sameGold;
        }
        precision /= gold.size();
        recall /= gold.size();
        System.out.printf(Locale.ROOT, "entity resolution, B-cubed over %d gold mentions in %d articles: precision %.3f,"
                + " recall %.3f%n", gold.size(), byDocument.size(), precision, recall);
        printErrors(gold, predicted);
        assertThat(gold.size()).isGreaterThanOrEqualTo(60);
        assertThat(byDocument).hasSizeGreaterThanOrEqualTo(20);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.90);
    }

    /** The canonical entity of each gold mention, in gold order. */
    private List<Long> predictedEntities(Map<String, List<Mention>> byDocument) throws SQLException {
        List<Long> predicted = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(store.jdbcUrl());
                PreparedStatement query = connection.prepareStatement("""
                        SELECT a.position, a.resolved_id FROM fact_arguments a JOIN facts f ON f.id = a.fact_id
                        JOIN documents d ON d.id = f.document_id WHERE d.name = ? AND a.role = 'participant'""")) {
            for (Map.Entry<String, List<Mention>> entry : byDocument.entrySet()) {
                query.setString(1, entry.getKey());
                Map<Integer, Long> byPosition = new HashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        byPosition.put(rows.getInt(1), rows.getLong(2));
                    }
                }
                for (int i = 0; i < entry.getValue().size(); i++) {
                    predicted.add(byPosition.get(i));
                }
            }
        }
        return predicted;
    }

    private static void printErrors(List<Mention> gold, List<Long> predicted) {
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                boolean p = predicted.get(i).equals(predicted.get(j));
                boolean g = gold.get(i).cluster().equals(gold.get(j).cluster());
                if (p != g) {
                    System.out.println((p ? "  wrongly merged: " : "  missed: ") + gold.get(i) + " ~ " + gold.get(j));
                }
            }
        }
    }

    private static List<Mention> gold() throws IOException {
        List<Mention> mentions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/resolution/gold.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            mentions.add(new Mention(f[0], f[1], Coded.fromCode(EntityType.class, f[2]).orElseThrow(), f[3]));
        }
        return mentions;
    }
}
