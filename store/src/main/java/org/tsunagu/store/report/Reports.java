package org.tsunagu.store.report;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tsunagu.store.internal.JdbcStatements;

/**
 * Files each stored document under its report: the story it tells, however many outlets
 * re-posted it. A document whose signature is close to a stored document's joins that document's
 * report; any other starts a report of its own, named by its content hash. Candidates come from
 * an index of signature bands, so filing a document costs one indexed query, not a pass over
 * every document. The caller holds the write transaction.
 */
public final class Reports {

    /**
     * The estimated Jaccard similarity from which two texts are one report. The samples re-posted
     * with a line of their own before and a footer after score 0.89 or more against their
     * originals, and a 120-word story whose first line and footer are both replaced about 0.6;
     * the 4,465 pairs of distinct sample and development articles, some about the same two
     * cities, score 0.047 at most.
     */
    static final double SAME_REPORT = 0.5;

    private static final String SET_REPORT = "UPDATE documents SET report = ? WHERE id = ?";
    /**
     * How many of the stored documents sharing a band with a signature are compared with it, those
     * sharing the most bands first. Stories written from one template share bands with thousands of
     * others in a large archive; decoding every one of their signatures made filing an article cost
     * more the more were stored. A copy agrees with its original on about two thirds of the bands,
     * another story on the same template on one or two.
     */
    static final int CANDIDATES = 64;
    /**
     * The signatures of the stored documents sharing the most bands with a signature,
     * {@link #CANDIDATES} at most, in one statement rather than a round trip per band or per
     * candidate: one placeholder per band ({@link TextSignature#BANDS}, which a test holds this
     * to) and one for the limit, written out because SQL here is made of literals only. Their
     * reports are read apart, for the few close enough: a document's row holds its text, and
     * reading 64 of them per article filed was a quarter of ingest's time in an archive of a
     * million articles, larger than the memory caching it.
     */
    static final String IN_BUCKETS = """
            SELECT s.document_id, s.signature FROM (
                SELECT document_id, COUNT(*) AS shared FROM document_bands WHERE bucket IN (
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                GROUP BY document_id ORDER BY shared DESC, document_id LIMIT ?) c
            JOIN document_signatures s ON s.document_id = c.document_id""";
    private static final String REPORT_OF = "SELECT report FROM documents WHERE id = ?";
    private static final String ADD_SIGNATURE = """
            INSERT INTO document_signatures (document_id, signature) VALUES (?, ?)""";
    private static final String ADD_BAND = "INSERT INTO document_bands (bucket, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

    private Reports() {
    }

    /**
     * Files the stored document {@code id}, its text hashing to {@code contentHash}, under its
     * report, named by the content hash of the report's first document.
     */
    public static Filing file(JdbcStatements statements, long id, String contentHash,
            Optional<TextSignature> signature) {
        Optional<String> copied = signature.flatMap(s -> closest(statements, s));
        String report = copied.orElse(contentHash);
        statements.execute(SET_REPORT, report, id);
        signature.ifPresent(s -> index(statements, id, s));
        return new Filing(report, copied.isPresent());
    }

    /** The report of the most similar stored document at or past {@link #SAME_REPORT}; ties go to the smaller name. */
    private static Optional<String> closest(JdbcStatements statements, TextSignature signature) {
        Object[] parameters = Arrays.copyOf(signature.buckets(), TextSignature.BANDS + 1, Object[].class);
        parameters[TextSignature.BANDS] = CANDIDATES;
        List<Candidate> candidates = statements.rows(IN_BUCKETS,
                rows -> new Candidate(rows.getLong(1), signature.similarity(TextSignature.decoded(rows.getString(2)))),
                parameters);
        double best = candidates.stream().mapToDouble(Candidate::similarity).max().orElse(0);
        if (best < SAME_REPORT) {
            return Optional.empty();
        }
        return candidates.stream().filter(candidate -> candidate.similarity() == best)
                .map(candidate -> statements.strings(REPORT_OF, candidate.document()).get(0))
                .min(Comparator.naturalOrder());
    }

    /** A stored document that shares a band with the one being filed, and how similar the two are. */
    private record Candidate(long document, double similarity) {
    }

    private static void index(JdbcStatements statements, long id, TextSignature signature) {
        statements.execute(ADD_SIGNATURE, id, signature.encoded());
        for (Long bucket : signature.buckets()) {
            statements.add(ADD_BAND, bucket, id);
        }
        statements.flush(ADD_BAND);
    }
}
