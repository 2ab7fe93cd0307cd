package org.tsunagu.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.testing.TemporaryDatabase;

class AccountsTest {

    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Accounts accounts() {
        return store.database().accounts();
    }

    @Test
    void storesPasswordsAsSaltedArgon2idHashesOnly() throws SQLException {
        accounts().add("alice", Role.EDITOR, PASSWORD);
        accounts().add("bob", Role.VIEWER, PASSWORD);

        List<String> hashes = column("SELECT password_hash FROM accounts ORDER BY name");

        assertThat(hashes).hasSize(2).allSatisfy(hash -> assertThat(hash)
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain(PASSWORD));
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1));
    }

    @Test
    void authenticatesWithItsOwnPasswordOnly() {
        accounts().add("alice", Role.EDITOR, PASSWORD);

        assertThat(accounts().authenticate("alice", PASSWORD)).hasValueSatisfying(account -> {
            assertThat(account.name()).isEqualTo("alice");
            assertThat(account.role()).isEqualTo(Role.EDITOR);
        });
        assertThat(accounts().authenticate("ALICE", PASSWORD)).isPresent();
        assertThat(accounts().authenticate("alice", "correct horse battery ")).isEmpty();
        assertThat(accounts().authenticate("mallory", PASSWORD)).isEmpty();
    }

    @Test
    void changesAPassword() {
        accounts().add("alice", Role.EDITOR, PASSWORD);

        accounts().changePassword("alice", "a new and longer one");

        assertThat(accounts().authenticate("alice", PASSWORD)).isEmpty();
        assertThat(accounts().authenticate("alice", "a new and longer one")).isPresent();
    }

    @Test
    void refusesATakenNameWhateverItsCaseAndNamesOrPasswordsItCannotUse() {
        accounts().add("alice", Role.EDITOR, PASSWORD);

        assertThatThrownBy(() -> accounts().add("Alice", Role.VIEWER, PASSWORD))
                .isInstanceOf(AccountException.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> accounts().add("bob", Role.VIEWER, "short"))
                .isInstanceOf(AccountException.class).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> accounts().add("<b>bob</b>", Role.VIEWER, PASSWORD))
                .isInstanceOf(AccountException.class).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> accounts().remove("nobody"))
                .isInstanceOf(AccountException.class).hasMessageContaining("no account named 'nobody'");
    }

    @Test
    void createsTheFirstAdminOnlyWhileThereIsNoAccount() {
        assertThat(accounts().isEmpty()).isTrue();

        assertThat(accounts().addFirstAdmin(PASSWORD)).hasValueSatisfying(
                admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
        assertThat(accounts().addFirstAdmin("another password")).isEmpty();

        assertThat(accounts().list()).extracting(Account::name).containsExactly(Accounts.FIRST_ADMIN);
        assertThat(accounts().authenticate(Accounts.FIRST_ADMIN, PASSWORD)).isPresent();
    }

    @Test
    void findsAnAccountByATokenStoredOnlyAsADigestUntilItIsRevoked() throws SQLException {
        accounts().add("script", Role.EDITOR, PASSWORD);
        String token = accounts().issueToken("script");
        String other = accounts().issueToken("script");

        assertThat(token).startsWith("tsu_").isNotEqualTo(other);
        assertThat(accounts().byToken(token)).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("script"));
        assertThat(column("SELECT token_hash FROM api_tokens")).hasSize(2).doesNotContain(token, other);
        assertThat(accounts().byToken("tsu_unknown")).isEmpty();
        assertThat(accounts().byToken(null)).isEmpty();

        assertThat(accounts().revokeTokens("script")).isEqualTo(2);
        assertThat(accounts().byToken(token)).isEmpty();
    }

    @Test
    void aPasswordChangeRevokesTheTokensAndEndsTheSessionsOfThatAccountOnly() {
        Account alice = accounts().add("alice", Role.EDITOR, PASSWORD);
        Account bob = accounts().add("bob", Role.EDITOR, PASSWORD);
        long aliceSession = accounts().sessionGeneration(alice.id());
        long bobSession = accounts().sessionGeneration(bob.id());
        String aliceToken = accounts().issueToken("alice");
        String bobToken = accounts().issueToken("bob");

        accounts().changePassword("alice", "a new and longer one");

        assertThat(accounts().signedIn(alice.id(), aliceSession)).isEmpty();
        assertThat(accounts().byToken(aliceToken)).isEmpty();
        assertThat(accounts().signedIn(alice.id(), accounts().sessionGeneration(alice.id()))).hasValue(alice);
        assertThat(accounts().signedIn(bob.id(), bobSession)).hasValue(bob);
        assertThat(accounts().byToken(bobToken)).hasValue(bob);
    }

    @Test
    void signingOutEverywhereEndsSessionsAndTokensAndSaysHowManyTokens() {
        Account alice = accounts().add("alice", Role.EDITOR, PASSWORD);
        long session = accounts().sessionGeneration(alice.id());
        String token = accounts().issueToken("alice");

        assertThat(accounts().signOutEverywhere("alice")).isEqualTo(1);

        assertThat(accounts().signedIn(alice.id(), session)).isEmpty();
        assertThat(accounts().byToken(token)).isEmpty();
        assertThat(accounts().authenticate("alice", PASSWORD)).hasValue(alice);
    }

    @Test
    void removingAnAccountRemovesItsTokens() throws SQLException {
        accounts().add("script", Role.EDITOR, PASSWORD);
        String token = accounts().issueToken("script");

        accounts().remove("script");

        assertThat(accounts().find("script")).isEmpty();
        assertThat(accounts().byToken(token)).isEmpty();
        assertThat(column("SELECT token_hash FROM api_tokens")).isEmpty();
    }

    @Test
    void keepsTheLastAdmin() {
        accounts().addFirstAdmin(PASSWORD);

        assertThatThrownBy(() -> accounts().remove("admin"))
                .isInstanceOf(AccountException.class).hasMessageContaining("last admin");
        accounts().add("ada", Role.ADMIN, PASSWORD);
        accounts().remove("admin");
        assertThat(accounts().list()).extracting(Account::name).containsExactly("ada");
    }

    @Test
    void rolesIncludeTheOnesBelowThem() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.includes(Role.EDITOR)).isFalse();
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(store.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
