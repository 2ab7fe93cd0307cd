package org.tsunagu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class DatabaseTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void openingCreatesTheFileAndItsFoldersAndMigratesTheSchema(@TempDir Path folder) throws SQLException {
        Path file = folder.resolve("a/b/tsunagu.db");

        try (Database database = Database.open(file.toString())) {
            assertThat(database.counts().documents()).isZero();
        }

        assertThat(file).exists();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(single(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                    + "('documents', 'entities', 'facts', 'fact_arguments', 'evidence')")).isEqualTo("5");
            assertThat(single(connection, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void createsTheFileAndItsWriteAheadLogReadableByItsOwnerAlone(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("private.db");

        try (Database database = Database.open(file.toString())) {
            database.save(Samples.jetroChongqing());

            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path companion = folder.resolve("private.db" + suffix);
                assertThat(companion).exists();
                assertThat(Files.getPosixFilePermissions(companion)).as(suffix)
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    @Test
    void saysAFileOfGarbageIsDamagedOrNoDatabase(@TempDir Path folder) throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(14).nextBytes(garbage);
        Path file = Files.write(folder.resolve("garbage.db"), garbage);

        assertThatThrownBy(() -> Database.open(file.toString())).isInstanceOf(StoreFailure.class)
                .hasMessage("the database file is damaged or not a SQLite database");
    }

    @Test
    void saysTheDatabaseIsReadOnlyWhenItsFileCannotBeWritten(@TempDir Path folder) throws IOException, InterruptedException {
        Path file = folder.resolve("locked.db");
        Database.open(file.toString()).close();
        ReadOnlyFiles locked = ReadOnlyFiles.lock(file, folder);
        try (Database database = Database.open(file.toString())) {
            assertThatThrownBy(() -> database.save(Articles.article("locked", "An article for a locked file.").with()))
                    .isInstanceOf(StoreFailure.class)
                    .hasMessage("the database is read-only: check the file's and its folder's permissions");
        } catch (StoreFailure onOpening) {
            assertThat(onOpening)
                    .hasMessage("the database file cannot be opened for writing: check the file's and its folder's permissions");
        } finally {
            locked.unlock();
        }
    }

    @Test
    void saysTheDiskIsFullWhenTheDatabaseCannotGrow(@TempDir Path folder) throws SQLException {
        Path file = folder.resolve("full.db");
        Database.open(file.toString()).close();
        long pages;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            pages = Long.parseLong(single(connection, "PRAGMA page_count"));
        }

        // SQLite's own cap on the file's pages stands in for a full disk.
        try (Database database = Database.open("jdbc:sqlite:" + file + "?max_page_count=" + pages)) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    database.save(Articles.article("long-" + i, ("Article " + i + " fills a page. ").repeat(2_000)).with());
                }
            }).isInstanceOf(StoreFailure.class).hasMessage("the database cannot grow: the disk (or its quota) is full");
        }
    }

    @Test
    void acceptsAJdbcSqliteUrl(@TempDir Path folder) {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("nested/url.db"))) {
            assertThat(database.save(Samples.jetroChongqing())).isEqualTo(SaveOutcome.NEW);
        }
        assertThat(folder.resolve("nested/url.db")).exists();
    }

    @Test
    void reopeningAMigratedFileKeepsWhatWasStored() {
        store.database().save(Samples.jetroChongqing());
        store.database().close();

        try (Database reopened = Database.open(store.file().toString())) {
            assertThat(reopened.contains(Samples.jetroChongqing().document().contentHash())).isTrue();
        }
    }

    @Test
    void refusesAPostgresqlAddressThatIsNotAJdbcUrlSayingHowToWriteItAndNotItsPassword() {
        assertThatThrownBy(() -> Database.open("postgresql://localhost:5432/tsunagu?password=secret"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("jdbc:postgresql://HOST:PORT/DATABASE")
                .hasMessageNotContaining("secret");
    }

    @Test
    void refusesOtherJdbcUrlsWithoutRepeatingWhatMayBeAPassword() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/tsunagu?user=a&password=secret"))
                .isInstanceOf(UnsupportedDatabaseException.class)
                .hasMessageContaining("mysql")
                .hasMessageNotContaining("secret");
    }

    @Test
    void doesNotCreateAFileForARefusedLocation(@TempDir Path folder) {
        assertThatThrownBy(() -> Database.open("postgres://localhost/tsunagu"));
        assertThat(folder).isEmptyDirectory();
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
