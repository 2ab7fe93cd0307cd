package org.tsunagu.store.watch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;
import org.tsunagu.model.Coded;

/**
 * What each account follows. Following the same thing twice keeps one watchlist; a new one counts
 * as visited when it is made, so it shows only what arrives after.
 */
public final class Watchlists {

    /** Each account follows at most this many things: every one costs a query on the Following page. */
    public static final int MAX_PER_ACCOUNT = 100;
    /** Sector words and search addresses longer than this are no one's. */
    public static final int MAX_TARGET = 600;

    private static final String SELECT = "SELECT id, account_id, kind, target, label, created_at, last_visit FROM watchlists ";
    private static final String OF_ACCOUNT = SELECT + "WHERE account_id = :account ORDER BY id";
    private static final String BY_ID = SELECT + "WHERE account_id = :account AND id = :id";
    private static final String BY_TARGET = SELECT + "WHERE account_id = :account AND kind = :kind AND target = :target";

    private final Jdbi jdbi;
    private final Clock clock;

    public Watchlists(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The account's watchlists, oldest first. */
    public List<Watchlist> of(long account) {
        return jdbi.withHandle(handle -> mapped(handle.createQuery(OF_ACCOUNT)
                .bind("account", account)).list());
    }

    public Optional<Watchlist> find(long account, long id) {
        return jdbi.withHandle(handle -> mapped(handle.createQuery(BY_ID)
                .bind("account", account).bind("id", id)).findOne());
    }

    public Optional<Watchlist> find(long account, WatchKind kind, String target) {
        return jdbi.withHandle(handle -> mapped(handle.createQuery(BY_TARGET)
                .bind("account", account).bind("kind", kind.code()).bind("target", target)).findOne());
    }

    /**
     * Follows the target, or returns the watchlist that already does.
     *
     * @throws IllegalArgumentException for a blank or overlong target, or an account that follows too much already
     */
    public Watchlist follow(long account, WatchKind kind, String target, String label) {
        if (target == null || target.isBlank() || target.length() > MAX_TARGET) {
            throw new IllegalArgumentException("follow something of 1 to " + MAX_TARGET + " characters");
        }
        String at = clock.instant().toString();
        return jdbi.inTransaction(handle -> {
            Optional<Watchlist> known = mapped(handle.createQuery(BY_TARGET)
                    .bind("account", account).bind("kind", kind.code()).bind("target", target)).findOne();
            if (known.isPresent()) {
                return known.get();
            }
            if (handle.createQuery("SELECT COUNT(*) FROM watchlists WHERE account_id = :account")
                    .bind("account", account).mapTo(Long.class).one() >= MAX_PER_ACCOUNT) {
                throw new IllegalArgumentException("an account follows at most " + MAX_PER_ACCOUNT + " things");
            }
            return mapped(handle.createQuery("""
                    INSERT INTO watchlists (account_id, kind, target, label, created_at, last_visit)
                    VALUES (:account, :kind, :target, :label, :at, :at)
                    RETURNING id, account_id, kind, target, label, created_at, last_visit""")
                    .bind("account", account).bind("kind", kind.code()).bind("target", target)
                    .bind("label", label == null || label.isBlank() ? target : label.strip()).bind("at", at)).one();
        });
    }

    /** @return whether the account followed it */
    public boolean unfollow(long account, long id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM watchlists WHERE account_id = :account AND id = :id")
                .bind("account", account).bind("id", id).execute()) > 0;
    }

    /** The account has seen what is new in all it follows, up to this moment. */
    public void markVisited(long account, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE watchlists SET last_visit = :at WHERE account_id = :account")
                .bind("account", account).bind("at", at.toString()).execute());
    }

    private static ResultIterable<Watchlist> mapped(Query query) {
        return query.map((row, ctx) -> new Watchlist(row.getLong("id"), row.getLong("account_id"),
                Coded.fromCode(WatchKind.class, row.getString("kind")).orElseThrow(), row.getString("target"),
                row.getString("label"), Instant.parse(row.getString("created_at")),
                Instant.parse(row.getString("last_visit"))));
    }
}
