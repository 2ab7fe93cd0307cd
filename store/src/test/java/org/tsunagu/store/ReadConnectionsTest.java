package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class ReadConnectionsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void aKeptConnectionSeesWhatWasCommittedSinceItsLastRead() {
        Database database = store.database();
        database.save(Samples.jetroChongqing());
        assertThat(database.documents(10, 0).total()).isEqualTo(1);

        database.save(Samples.daNangSakai());

        assertThat(database.documents(10, 0).total()).isEqualTo(2);
    }

    @Test
    void aStatementIsPreparedOnceAndAnswersEachUseWithItsOwnParameters() throws Exception {
        try (Handle handle = Jdbi.create(store.jdbcUrl()).open()) {
            CachedStatements statements = new CachedStatements();
            handle.setStatementBuilder(statements);

            List<Long> answers = List.of(1L, 2L, 3L).stream()
                    .map(n -> handle.createQuery("SELECT :n * 10").bind("n", n).mapTo(Long.class).one()).toList();

            assertThat(answers).containsExactly(10L, 20L, 30L);
            Connection connection = handle.getConnection();
            PreparedStatement first = statements.create(connection, "SELECT ? * 10", null);
            assertThat(statements.create(connection, "SELECT ? * 10", null)).isSameAs(first);
            statements.close(connection);
            assertThat(first.isClosed()).isTrue();
        }
    }
}
