package org.tsunagu.store.account;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The one feed token of each account: a feed reader cannot sign in, so the token in a feed's
 * address says whose feed it is. Only its digest is stored; making a new token replaces the old
 * one, so a leaked address stops working as soon as its owner makes another or revokes it.
 */
public final class FeedTokens {

    private final Jdbi jdbi;
    private final Clock clock;

    public FeedTokens(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** A new token for the account, returned once; the previous one stops working. */
    public String issue(long account) {
        String token = Secrets.token();
        jdbi.useTransaction(handle -> handle.createUpdate("""
                INSERT INTO feed_tokens (account_id, token_hash, created_at) VALUES (:account, :hash, :at)
                ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .bind("account", account).bind("hash", Secrets.digest(token)).bind("at", clock.instant().toString())
                .execute());
        return token;
    }

    /** @return whether the account had a token */
    public boolean revoke(long account) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM feed_tokens WHERE account_id = :account")
                .bind("account", account).execute()) > 0;
    }

    /** When the account's token was made (ISO 8601), if it has one. */
    public Optional<String> issuedAt(long account) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT created_at FROM feed_tokens WHERE account_id = :account")
                .bind("account", account).mapTo(String.class).findOne());
    }

    /** The account whose feed token this is. */
    public Optional<Long> account(String token) {
        if (token == null || !token.startsWith(Secrets.TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> handle.createQuery("SELECT account_id FROM feed_tokens WHERE token_hash = :hash")
                .bind("hash", Secrets.digest(token)).mapTo(Long.class).findOne());
    }
}
