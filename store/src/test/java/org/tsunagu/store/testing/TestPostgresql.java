package org.tsunagu.store.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the store's tests run against, and fresh, empty stores on it: each is a
 * schema of its own in one database made for the test run (dropped when the run ends), which
 * costs a tenth of a database made and dropped per test on a busy machine. Its address is
 * {@value #VARIABLE} (a JDBC URL to an existing database of a role that may create databases),
 * else {@value #DEFAULT_URL}. When no server answers, tests that need one are skipped with a
 * message saying how to start one, unless {@value #REQUIRED} is set (as CI sets it): then they fail.
 */
public final class TestPostgresql {

    public static final String VARIABLE = "TSUNAGU_TEST_POSTGRES";
    public static final String REQUIRED = "TSUNAGU_REQUIRE_POSTGRES";
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=tsunagu&password=tsunagu";

    private static final String HOW_TO_START = """
            No PostgreSQL server for the store's tests at %s (%s). Start one (Debian: apt-get install \
            postgresql; pg_ctlcluster 15 main start; su postgres -c "psql -c \\"create user tsunagu with \
            password 'tsunagu' superuser\\"") or point %s at one; .ci/run does this.""";

    private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(.*)");

    private TestPostgresql() {
    }

    private static String runDatabase;

    /** A new, empty store on the test server; its JDBC URL. Skips or fails the test when there is no server. */
    public static String createStore() {
        String schema = uniqueName("store_");
        String database = runDatabase();
        run(database, "CREATE SCHEMA " + schema);
        return database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops a store {@link #createStore} made. */
    public static void dropStore(String url) {
        Matcher schema = Pattern.compile("[?&]currentSchema=(\\w+)").matcher(url);
        if (!schema.find()) {
            throw new IllegalArgumentException("not a store of TestPostgresql");
        }
        run(url, "DROP SCHEMA " + schema.group(1) + " CASCADE");
    }

    private static synchronized String runDatabase() {
        if (runDatabase == null) {
            String name = uniqueName("tsunagu_test_");
            run(serverUrl(), "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
            // The run's data need not survive a crash of the server.
            run(serverUrl(), "ALTER DATABASE " + name + " SET synchronous_commit = off");
            runDatabase = withDatabase(serverUrl(), name);
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> run(serverUrl(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        }
        return runDatabase;
    }

    private static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static void run(String url, String statement) {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08") || e.getMessage().contains("Connection")) {
                String message = String.format(Locale.ROOT, HOW_TO_START, redacted(url), e.getMessage(), VARIABLE);
                if (System.getenv(REQUIRED) != null) {
                    throw new IllegalStateException(message, e);
                }
                Assumptions.abort(message);
            }
            throw new IllegalStateException(statement, e);
        }
    }

    private static String serverUrl() {
        String url = System.getenv(VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
    }

    private static String withDatabase(String url, String name) {
        Matcher m = matcher(url);
        return m.group(1) + name + m.group(3);
    }

    private static Matcher matcher(String url) {
        Matcher m = DATABASE.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(VARIABLE + " is not a jdbc:postgresql://HOST:PORT/DATABASE URL");
        }
        return m;
    }

    private static String redacted(String url) {
        return url.replaceAll("password=[^&]*", "password=…");
    }
}
