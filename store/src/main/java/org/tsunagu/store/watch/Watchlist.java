package org.tsunagu.store.watch;

import java.time.Instant;

/**
 * One thing an account follows, and when the account last looked at what is new there.
 *
 * @param target the entity's id, the sector's words or the search's address
 * @param label what the account saw when it followed it ("Da Nang", "tourism", "“MOU” · country: Japan")
 */
public record Watchlist(long id, long account, WatchKind kind, String target, String label, Instant createdAt,
        Instant lastVisit) {
}
