package org.tsunagu.web.watch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.tsunagu.search.SearchHit;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.store.Database;
import org.tsunagu.store.watch.WatchedFact;
import org.tsunagu.store.watch.WatchedItems;
import org.tsunagu.store.watch.Watchlist;
import org.tsunagu.web.search.SavedSearch;

/**
 * What arrived in a watchlist after a moment, newest first: facts about a followed entity or in a
 * followed sector, documents among the best matches of a followed search. The Following page and
 * the feeds read it alike.
 */
final class WatchNews {

    private final Database database;
    private final SearchIndex index;

    WatchNews(Database database, SearchIndex index) {
        this.database = database;
        this.index = index;
    }

    List<WatchItem> since(Watchlist watchlist, Instant since, int limit) {
        WatchedItems items = database.watchedItems();
        return switch (watchlist.kind()) {
            case ENTITY -> items.aboutEntity(Long.parseLong(watchlist.target()), since, limit).stream()
                    .map(WatchNews::item).toList();
            case SECTOR -> items.inSector(watchlist.target(), since, limit).stream().map(WatchNews::item).toList();
            case SEARCH -> {
                List<Long> found = index.search(SavedSearch.of(watchlist.target()).documents()).hits().stream()
                        .map(SearchHit::id).toList();
                yield items.documentsIngestedAfter(found, since, limit).stream()
                        .map(d -> new WatchItem(d.title(), "", "/documents/" + d.id(), d.ingestedAt())).toList();
            }
        };
    }

    private static WatchItem item(WatchedFact fact) {
        return new WatchItem(fact.summary(), Objects.requireNonNullElse(fact.sentence(), ""), "/facts/" + fact.id(),
                fact.firstIngested());
    }
}
