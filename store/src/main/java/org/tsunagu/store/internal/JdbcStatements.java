package org.tsunagu.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Plain JDBC statements of one write transaction, each prepared on first use and bound by
 * position ({@code ?}). Storing a document runs a dozen statements and adds about a hundred rows,
 * and binding them by name through Jdbi took longer than SQLite took to run them; the rest of the
 * store keeps Jdbi. Rows added to a statement wait for {@link #flush} or are dropped by
 * {@link #discard}. Used by the thread that holds the transaction, and closed before it ends.
 */
public final class JdbcStatements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Set<String> waiting = new HashSet<>();

    private JdbcStatements(Connection connection) {
        this.connection = connection;
    }

    public static JdbcStatements of(Handle handle) {
        return new JdbcStatements(handle.getConnection());
    }

    /** Adds a row of {@code values} to the batch of {@code sql}, which {@link #flush} runs. */
    public void add(String sql, Object... values) {
        try {
            bound(sql, values).addBatch();
            waiting.add(sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs the rows added to the batch of {@code sql} since the last flush, if any. */
    public void flush(String sql) {
        if (!waiting.remove(sql)) {
            return;
        }
        try {
            prepared.get(sql).executeBatch();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs {@code sql} once, at once, for a change later statements must see; the rows it changed. */
    public int execute(String sql, Object... values) {
        try {
            return runNow(sql, values).executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs {@code sql} once; the first column of its first row, if it returns any. */
    public Optional<Long> findLong(String sql, Object... values) {
        try (ResultSet rows = runNow(sql, values).executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs {@code sql} once; the first column of every row, as text. */
    public List<String> strings(String sql, Object... values) {
        return column(sql, values, rows -> rows.getString(1));
    }

    /** Runs {@code sql} once; the first column of every row, as numbers. */
    public List<Long> longs(String sql, Object... values) {
        return column(sql, values, rows -> rows.getLong(1));
    }

    /** Runs {@code sql} once; every row, as {@code row} reads it. */
    public <T> List<T> rows(String sql, Row<T> row, Object... values) {
        return column(sql, values, row);
    }

    /** Runs a statement that returns exactly one number, such as {@code MAX(id)} or {@code INSERT ... RETURNING}. */
    public long oneLong(String sql, Object... values) {
        return findLong(sql, values).orElseThrow(() -> new UnableToExecuteStatementException(
                "no row from a statement that always returns one: " + sql));
    }

    /** Drops the rows added to every batch since it last ran: those of a document that failed. */
    public void discard() {
        waiting.clear();
        try {
            for (PreparedStatement statement : prepared.values()) {
                statement.clearBatch();
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("cannot drop the rows of a failed document", e, null);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : prepared.values()) {
                statement.close();
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("cannot close the writer's statements", e, null);
        } finally {
            prepared.clear();
        }
    }

    /** Reads the current row of a result. */
    public interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> column(String sql, Object[] values, Row<T> column) {
        List<T> read = new ArrayList<>();
        try (ResultSet rows = runNow(sql, values).executeQuery()) {
            while (rows.next()) {
                read.add(column.read(rows));
            }
            return read;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private PreparedStatement runNow(String sql, Object... values) throws SQLException {
        if (waiting.contains(sql)) {
            throw new IllegalStateException("rows added to this statement wait for their flush: " + sql);
        }
        return bound(sql, values);
    }

    private PreparedStatement bound(String sql, Object... values) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }

    private static UnableToExecuteStatementException failure(String sql, SQLException cause) {
        return new UnableToExecuteStatementException(cause.getMessage() + " [" + sql + "]", cause, null);
    }
}
