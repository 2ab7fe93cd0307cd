package org.tsunagu.store.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class DocumentPlaceLevelsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void readsABareNameAsTheCityTheSameDocumentNames() throws SQLException {
        save("akita-city.txt", "Akita City opened a trade desk. Officials in Akita said buyers from Busan came.",
                "Akita City", "Akita");
        assertThat(levelOf("akita-city.txt", "Akita")).isEqualTo("city");
        assertThat(entityOf("akita-city.txt", "Akita")).isEqualTo(entityOf("akita-city.txt", "Akita City"));
    }

    @Test
    void readsABareNameAsThePrefectureTheDocumentNamesAndLeavesItOpenWhenBothAreNamed() throws SQLException {
        save("aomori-pref.txt", "Aomori Prefecture sent apples. Growers in Aomori expect more orders.",
                "Aomori Prefecture", "Aomori");
        save("akita-both.txt", "Akita Prefecture and Akita City sent rice. Shops in Akita expect more orders.",
                "Akita Prefecture", "Akita City", "Akita");
        assertThat(levelOf("aomori-pref.txt", "Aomori")).isEqualTo("region");
        assertThat(levelOf("akita-both.txt", "Akita")).isEqualTo("region");
    }

    private void save(String name, String text, String... places) {
        Articles article = Articles.article(name, text);
        List<EntityRef> refs = Arrays.stream(places).map(article::place).toList();
        store.database().save(article.with(new Event(EventKind.OTHER, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), refs, article.evidence(places[0]), 0.5)));
    }

    private long entityOf(String document, String mention) throws SQLException {
        return Long.parseLong(query(document, mention, "e.id"));
    }

    private String levelOf(String document, String mention) throws SQLException {
        return query(document, mention, "e.level");
    }

    private String query(String document, String mention, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(store.jdbcUrl());
                PreparedStatement query = connection.prepareStatement("SELECT " + column + """
                         FROM fact_arguments a JOIN facts f ON f.id = a.fact_id JOIN documents d ON d.id = f.document_id
                        JOIN entities m ON m.id = a.entity_id JOIN kb_entities e ON e.id = a.resolved_id
                        WHERE d.name = ? AND m.name = ?""")) {
            query.setString(1, document);
            query.setString(2, mention);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
