package org.tsunagu.store.fact;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.tsunagu.model.fact.Evidence;

/**
 * The inserts of facts, their arguments and evidence, prepared once for a batch of documents and
 * bound by position in plain JDBC: a document makes about a hundred such rows, and binding them by
 * name through Jdbi took longer than SQLite took to store them. Rows added for a document are
 * stored by {@link #execute} or dropped by {@link #discard}. The caller holds the write
 * transaction and closes this before it ends.
 */
public final class FactRows implements AutoCloseable {

    private static final String FACT = """
            INSERT INTO facts (id, document_id, type, payload, confidence, summary, search_text, kb_fact_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ARGUMENT = """
            INSERT INTO fact_arguments (fact_id, role, position, entity_id, mention_start, mention_end, resolved_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String EVIDENCE = """
            INSERT INTO evidence (fact_id, document_id, sentence_index, sentence_start, sentence_end,
                                  trigger_start, trigger_end, sentence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final PreparedStatement facts;
    private final PreparedStatement arguments;
    private final PreparedStatement evidence;

    private FactRows(PreparedStatement facts, PreparedStatement arguments, PreparedStatement evidence) {
        this.facts = facts;
        this.arguments = arguments;
        this.evidence = evidence;
    }

    public static FactRows prepare(Handle handle) {
        try {
            var connection = handle.getConnection();
            return new FactRows(connection.prepareStatement(FACT), connection.prepareStatement(ARGUMENT),
                    connection.prepareStatement(EVIDENCE));
        } catch (SQLException e) {
            throw failure("cannot prepare the inserts of facts", e);
        }
    }

    void addFact(long id, long document, String type, String payload, double confidence, String summary,
            String searchText, Long knowledgeFact) {
        try {
            facts.setLong(1, id);
            facts.setLong(2, document);
            facts.setString(3, type);
            facts.setString(4, payload);
            facts.setDouble(5, confidence);
            facts.setString(6, summary);
            facts.setString(7, searchText);
            setNullableLong(facts, 8, knowledgeFact);
            facts.addBatch();
        } catch (SQLException e) {
            throw failure("cannot bind a fact", e);
        }
    }

    void addArgument(long fact, Argument argument, long entity, Long resolved) {
        try {
            arguments.setLong(1, fact);
            arguments.setString(2, argument.role());
            arguments.setInt(3, argument.position());
            arguments.setLong(4, entity);
            arguments.setInt(5, argument.entity().span().start());
            arguments.setInt(6, argument.entity().span().end());
            setNullableLong(arguments, 7, resolved);
            arguments.addBatch();
        } catch (SQLException e) {
            throw failure("cannot bind an argument", e);
        }
    }

    void addEvidence(long fact, long document, Evidence found, String sentence) {
        try {
            evidence.setLong(1, fact);
            evidence.setLong(2, document);
            evidence.setInt(3, found.sentenceIndex());
            evidence.setInt(4, found.sentence().start());
            evidence.setInt(5, found.sentence().end());
            evidence.setInt(6, found.trigger().start());
            evidence.setInt(7, found.trigger().end());
            evidence.setString(8, sentence);
            evidence.addBatch();
        } catch (SQLException e) {
            throw failure("cannot bind evidence", e);
        }
    }

    /** Stores the rows added since the last call, facts before the rows that refer to them. */
    void execute() {
        try {
            for (PreparedStatement statement : List.of(facts, arguments, evidence)) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            discard();
            throw failure("cannot insert facts", e);
        }
    }

    /** Drops the rows added since the last {@link #execute}, of a document that failed. */
    public void discard() {
        try {
            for (PreparedStatement statement : List.of(facts, arguments, evidence)) {
                statement.clearBatch();
            }
        } catch (SQLException e) {
            throw failure("cannot drop the rows of a failed document", e);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement statement : List.of(facts, arguments, evidence)) {
                statement.close();
            }
        } catch (SQLException e) {
            throw failure("cannot close the inserts of facts", e);
        }
    }

    private static void setNullableLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static UnableToExecuteStatementException failure(String what, SQLException cause) {
        return new UnableToExecuteStatementException(what + ": " + cause.getMessage(), cause, null);
    }
}
