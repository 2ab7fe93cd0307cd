package org.tsunagu.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps one connection's prepared statements for reuse, the most recently used {@link #MAX}:
 * preparing a page's queries again on every request costs SQLite as much as running them. A
 * statement is only ever used by the thread holding its connection.
 */
final class CachedStatements implements StatementBuilder {

    private static final int MAX = 64;

    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(MAX, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > MAX) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    @Override
    public Statement create(Connection connection, StatementContext context) throws SQLException {
        return connection.createStatement();
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext context)
            throws SQLException {
        return connection.prepareCall(sql);
    }

    /**
     * A cached statement stays open, its parameters cleared, for the next use. Jdbi names the
     * statement by its SQL before parsing here, so the statement itself is looked for.
     */
    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        if (statements.containsValue(statement)) {
            ((PreparedStatement) statement).clearParameters();
        } else {
            statement.close();
        }
    }

    @Override
    public void close(Connection connection) {
        statements.values().forEach(CachedStatements::closeQuietly);
        statements.clear();
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // The connection is closing, or has closed the statement already.
        }
    }
}
