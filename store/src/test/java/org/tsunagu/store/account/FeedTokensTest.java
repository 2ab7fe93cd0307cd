package org.tsunagu.store.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.TemporaryDatabase;

class FeedTokensTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void storesOnlyTheDigestOfAFeedToken() throws SQLException {
        long account = store.database().accounts().add("kaito", Role.VIEWER, "a password of kaito").id();
        String token = store.database().feedTokens().issue(account);

        assertThat(store.database().feedTokens().account(token)).contains(account);
        try (var connection = DriverManager.getConnection(store.jdbcUrl());
                ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM feed_tokens")) {
            assertThat(rows.next()).isTrue();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                assertThat(rows.getString(column)).doesNotContain(token.substring(Secrets.TOKEN_PREFIX.length()));
            }
        }
    }

    @Test
    void aNewTokenOrARevocationEndsTheOldOne() {
        long account = store.database().accounts().add("kaito", Role.VIEWER, "a password of kaito").id();
        String old = store.database().feedTokens().issue(account);
        String current = store.database().feedTokens().issue(account);

        assertThat(store.database().feedTokens().account(old)).isEmpty();
        assertThat(store.database().feedTokens().account(current)).contains(account);
        assertThat(store.database().feedTokens().revoke(account)).isTrue();
        assertThat(store.database().feedTokens().account(current)).isEmpty();
        assertThat(store.database().feedTokens().issuedAt(account)).isEmpty();
        assertThat(store.database().feedTokens().account("tsu_guessed")).isEmpty();
    }
}
