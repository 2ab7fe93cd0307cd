package org.tsunagu.store.fact;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        add(facts, id, document, type, payload, confidence, summary, searchText, knowledgeFact);
    }

    void addArgument(long fact, Argument argument, long entity, Long resolved) {
        add(arguments, fact, argument.role(), argument.position(), entity, argument.entity().span().start(),
                argument.entity().span().end(), resolved);
    }

    void addEvidence(long fact, long document, Evidence found, String sentence) {
        add(evidence, fact, document, found.sentenceIndex(), found.sentence().start(), found.sentence().end(),
                found.trigger().start(), found.trigger().end(), sentence);
    }

    private static void add(PreparedStatement statement, Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
        } catch (SQLException e) {
            throw failure("cannot bind a row", e);
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
    void discard() {
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

    private static UnableToExecuteStatementException failure(String what, SQLException cause) {
        return new UnableToExecuteStatementException(what + ": " + cause.getMessage(), cause, null);
    }
}
