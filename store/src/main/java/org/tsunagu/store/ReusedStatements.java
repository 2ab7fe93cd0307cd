package org.tsunagu.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps the writing connection's prepared statements for the next use of the same SQL: storing a
 * document runs the same few dozen statements as the one before, and SQLite took longer to
 * compile most of them than to run them. Jdbi hands a statement back when it is done with it,
 * after closing its results, which resets it in SQLite. Used by one thread at a time, like the
 * writing connection.
 */
final class ReusedStatements implements StatementBuilder {

    /** Enough for every statement of the write path; SQL rendered for a list of n ids is one per n. */
    private static final int CAPACITY = 200;

    private final StatementBuilder fresh = new DefaultStatementBuilder();
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>();
    private final Map<Statement, String> inUse = new IdentityHashMap<>();

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
            return fresh.create(connection, sql, context);
        }
        PreparedStatement statement = idle.remove(sql);
        if (statement == null || statement.isClosed()) {
            statement = fresh.create(connection, sql, context);
        }
        inUse.put(statement, sql);
        return statement;
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        String key = inUse.remove(statement);
        if (key == null || statement.isClosed()) {
            fresh.close(connection, sql, statement);
            return;
        }
        PreparedStatement prepared = (PreparedStatement) statement;
        prepared.clearParameters();
        PreparedStatement replaced = idle.put(key, prepared);
        if (replaced != null) {
            replaced.close();
        }
        if (idle.size() > CAPACITY) {
            Iterator<PreparedStatement> eldest = idle.values().iterator();
            PreparedStatement unused = eldest.next();
            eldest.remove();
            unused.close();
        }
    }

    @Override
    public Statement create(Connection connection, StatementContext context) throws SQLException {
        return fresh.create(connection, context);
    }

    @Override
    public CallableStatement createCall(Connection connection, String sql, StatementContext context)
            throws SQLException {
        return fresh.createCall(connection, sql, context);
    }

    /** Jdbi calls this when the handle closes: its kept statements go with it. */
    @Override
    public void close(Connection connection) {
        try {
            closeAll();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the kept statements of a closing connection", e);
        }
    }

    /** Closes every kept statement; statements still in use are closed by whoever uses them. */
    void closeAll() throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>(idle.values());
        idle.clear();
        for (PreparedStatement statement : statements) {
            statement.close();
        }
    }
}
