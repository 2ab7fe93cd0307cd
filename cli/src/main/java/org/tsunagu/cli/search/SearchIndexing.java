package org.tsunagu.cli.search;

import java.io.PrintWriter;
import java.util.function.Function;
import org.tsunagu.search.IndexUpdate;
import org.tsunagu.search.SearchIndex;
import org.tsunagu.store.Database;
import org.tsunagu.store.Dialect;

/** The search index as the commands use it: brought up to date with progress on standard error. */
public final class SearchIndexing {

    private SearchIndexing() {
    }

    /** After an ingest and before serving: the index reflects the store, or a running server sees to it. */
    public static void bringUpToDate(Database database, PrintWriter err) {
        if (database.dialect() == Dialect.POSTGRESQL) {
            // Over PostgreSQL each server keeps its own index in memory, built from the database: none to keep here.
            return;
        }
        try {
            withFreshIndex(database, err, index -> null);
        } catch (IllegalStateException e) {
            // Another process is building the index for the first time: it will reflect this store.
            err.println("tsunagu: " + e.getMessage());
            err.flush();
        }
    }

    /** Opens the index, brings it up to date, and gives it to {@code use}. */
    static <T> T withFreshIndex(Database database, PrintWriter err, Function<SearchIndex, T> use) {
        try (SearchIndex index = SearchIndex.open(database)) {
            IndexUpdate update;
            try (IndexProgress progress = new IndexProgress()) {
                update = index.refresh(progress);
            }
            if (update == IndexUpdate.HELD_ELSEWHERE) {
                err.println("tsunagu: the search index is in use by a running server, which brings it up to date");
                err.flush();
            }
            return use.apply(index);
        }
    }
}
