package org.tsunagu.web.watch;

import java.util.Locale;
import org.tsunagu.model.Coded;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.store.watch.Watchlist;
import org.tsunagu.store.watch.Watchlists;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.search.SavedSearch;

/**
 * Following and unfollowing, as the pages and the API ask for it: checks what is to be followed
 * and names it (the entity's name, the search's words and facets) before the store keeps it.
 */
final class Following {

    /** Sector words are a few words ("renewable energy"), not a text. */
    private static final int MAX_SECTOR = 100;

    private final Database database;

    Following(Database database) {
        this.database = database;
    }

    /** @throws InvalidRequestException for an unknown kind or a target of the wrong form */
    Watchlist follow(long account, String kind, String target) {
        WatchKind known = kind(kind);
        Target checked = target(known, target == null ? "" : target.strip());
        try {
            return database.watchlists().follow(account, known, checked.key(), checked.label());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    /** @throws NotFoundException when the account follows no such watchlist */
    void unfollow(long account, long id) {
        if (!database.watchlists().unfollow(account, id)) {
            throw new NotFoundException("you follow no watchlist " + id);
        }
    }

    static WatchKind kind(String kind) {
        return Coded.fromCode(WatchKind.class, kind == null ? "" : kind.strip()).orElseThrow(() ->
                new InvalidRequestException("kind is one of entity, sector, search, not '" + kind + "'"));
    }

    /** What the store keeps (the key that makes two follows one) and what the account sees. */
    record Target(String key, String label) {
    }

    Target target(WatchKind kind, String target) {
        return switch (kind) {
            case ENTITY -> {
                long id;
                try {
                    id = Long.parseLong(target);
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException("an entity is followed by its id, not '" + target + "'");
                }
                Entity entity = database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
                yield new Target(String.valueOf(entity.id()), entity.name());
            }
            case SECTOR -> {
                if (target.isEmpty() || target.length() > MAX_SECTOR) {
                    throw new InvalidRequestException("a sector is 1 to " + MAX_SECTOR + " characters");
                }
                String sector = target.toLowerCase(Locale.ROOT);
                yield new Target(sector, sector);
            }
            case SEARCH -> {
                SavedSearch search = SavedSearch.of(target);
                yield new Target(search.address(), search.label());
            }
        };
    }
}
