package org.tsunagu.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Copies every row of one store into another, empty one, of either dialect, ids included: the
 * documents, the knowledge base with people's review decisions, the accounts and the audit log.
 * Both stores are at their latest migration, so they have the same tables and columns. The SQL
 * here is the one place in the store built from names: table names from {@link #TABLES} and
 * column names from the database's own catalog, never from input.
 */
final class StoreCopy {

    /**
     * Every table, each after those its rows refer to (foreign keys are checked at the commit all
     * the same, for the entities that refer to one another). A table a new migration adds must be
     * named here, or the copy refuses to start rather than leave it behind.
     */
    static final List<String> TABLES = List.of(
            "documents", "document_signatures", "document_bands", "entities",
            "kb_entities", "kb_entity_keys", "kb_aliases", "kb_person_roles",
            "kb_facts", "facts", "fact_arguments", "evidence", "renewal_statements", "kb_fact_links",
            "kb_fact_entities", "statement_years",
            "accounts", "api_tokens", "audit_log", "watchlists", "feed_tokens",
            "commitment_states", "agreement_cancellations", "commitment_activity", "buyer_profiles",
            "interest_statements", "interest_edits", "proposed_ties");

    private static final int BATCH = 1_000;

    private StoreCopy() {
    }

    /** The number of rows copied into each table, in the order copied. */
    static Map<String, Long> copy(Handle source, Handle target, Dialect targetDialect) {
        Set<String> tables = tables(target);
        Set<String> unknown = new TreeSet<>(tables);
        TABLES.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the copy does not know the tables " + unknown + "; name them in StoreCopy.TABLES");
        }
        for (String table : TABLES) {
            if (hasRows(target, table)) {
                throw new IllegalArgumentException("the target database is not empty: its table " + table + " has rows");
            }
        }
        targetDialect.deferForeignKeys(target);
        Map<String, Long> copied = new LinkedHashMap<>();
        for (String table : TABLES) {
            copied.put(table, copyTable(source.getConnection(), target.getConnection(), table));
        }
        return copied;
    }

    private static long copyTable(Connection from, Connection to, String table) {
        // Table names come from TABLES, never from input.
        try (Statement select = from.createStatement()) {
            select.setFetchSize(BATCH);
            return copyRows(select.executeQuery("SELECT * FROM " + table), to, table);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the table " + table + ": " + e.getMessage(), e);
        }
    }

    private static long copyRows(ResultSet rows, Connection to, String table) throws SQLException {
        try (rows) {
            ResultSetMetaData columns = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                names.add(columns.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
            long count = 0;
            try (PreparedStatement statement = to.prepareStatement(insert)) {
                while (rows.next()) {
                    for (int i = 1; i <= names.size(); i++) {
                        statement.setObject(i, rows.getObject(i));
                    }
                    statement.addBatch();
                    if (++count % BATCH == 0) {
                        statement.executeBatch();
                    }
                }
                statement.executeBatch();
            }
            return count;
        }
    }

    private static boolean hasRows(Handle handle, String table) {
        try (Statement select = handle.getConnection().createStatement();
                ResultSet rows = select.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the table " + table + ": " + e.getMessage(), e);
        }
    }

    /** The store's own tables: neither Flyway's history nor SQLite's internal tables. */
    private static Set<String> tables(Handle handle) {
        Set<String> tables = new TreeSet<>();
        try {
            Connection connection = handle.getConnection();
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rows = metaData.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("sqlite_") && !name.equals("flyway_schema_history")) {
                        tables.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the target database's tables", e);
        }
        return tables;
    }
}
