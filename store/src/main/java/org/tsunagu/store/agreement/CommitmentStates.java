package org.tsunagu.store.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Commitment;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.text.Folding;

/**
 * The statuses editors gave an agreement's commitments, read alongside the commitments the
 * agreement's best report gives. A commitment no editor gave a status is planned, or in progress
 * once an editor confirmed a later fact as carrying it out. A commitment still planned a year after
 * the agreement's last report, and after the last activity suggested for it (not dismissed), has
 * "lapsed" suggested: nothing says it was carried out.
 */
public final class CommitmentStates {

    private static final int LAPSE_MONTHS = 12;

    private CommitmentStates() {
    }

    /** The key a commitment is kept by: its folded text. */
    public static String keyOf(String text) {
        return Folding.fold(text);
    }

    /** The commitments of the agreement, each with its status and the later facts ({@code activity}, by position) that match it. */
    public static List<TrackedCommitment> of(Handle handle, long fact, Agreement agreement, Optional<String> lastSeen,
            List<List<LinkedActivity>> activity, LocalDate today) {
        Map<String, Row> rows = new HashMap<>();
        handle.createQuery("SELECT commitment, status, changed_at, changed_by FROM commitment_states WHERE kb_fact_id = :fact")
                .bind("fact", fact)
                .map((r, ctx) -> new Row(r.getString("commitment"), r.getString("status"), r.getString("changed_at"),
                        r.getString("changed_by")))
                .forEach(row -> rows.put(row.key(), row));
        List<TrackedCommitment> out = new ArrayList<>();
        for (int i = 0; i < agreement.commitments().size(); i++) {
            Commitment c = agreement.commitments().get(i);
            List<LinkedActivity> done = activity.get(i);
            String key = keyOf(c.text());
            Optional<Row> row = Optional.ofNullable(rows.get(key));
            CommitmentStatus unset = done.stream().anyMatch(LinkedActivity::confirmed) ? CommitmentStatus.IN_PROGRESS
                    : CommitmentStatus.PLANNED;
            CommitmentStatus status = row.flatMap(r -> Coded.fromCode(CommitmentStatus.class, r.status())).orElse(unset);
            Optional<String> lastNews = Stream.concat(lastSeen.stream(),
                    done.stream().filter(LinkedActivity::counts).flatMap(a -> a.firstSeen().stream()))
                    .max(Comparator.naturalOrder());
            boolean quietForAYear = lastNews.flatMap(CommitmentStates::day).map(d -> d.plusMonths(LAPSE_MONTHS).isBefore(today))
                    .orElse(false);
            out.add(new TrackedCommitment(key, c, status, row.map(Row::changedAt), row.map(Row::changedBy), done,
                    status == CommitmentStatus.PLANNED && quietForAYear));
        }
        return out;
    }

    /** Sets a commitment's status; the caller holds the transaction and records the change in the audit log. */
    public static void set(Handle handle, long fact, String key, CommitmentStatus status, String user, String at) {
        handle.createUpdate("""
                INSERT INTO commitment_states (kb_fact_id, commitment, status, changed_at, changed_by)
                VALUES (:fact, :key, :status, :at, :user)
                ON CONFLICT (kb_fact_id, commitment) DO UPDATE SET status = excluded.status,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
                .bind("fact", fact).bind("key", key).bind("status", status.code()).bind("at", at).bind("user", user)
                .execute();
    }

    /** The status stored for one commitment, planned when none. */
    public static CommitmentStatus statusOf(Handle handle, long fact, String key) {
        return handle.createQuery("SELECT status FROM commitment_states WHERE kb_fact_id = :fact AND commitment = :key")
                .bind("fact", fact).bind("key", key).mapTo(String.class).findOne()
                .flatMap(s -> Coded.fromCode(CommitmentStatus.class, s)).orElse(CommitmentStatus.PLANNED);
    }

    private static Optional<LocalDate> day(String iso) {
        try {
            return Optional.of(AgreementStanding.lastDay(PartialDate.parse(iso.substring(0, Math.min(10, iso.length())))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Row(String key, String status, String changedAt, String changedBy) {
    }
}
