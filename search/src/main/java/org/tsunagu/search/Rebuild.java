package org.tsunagu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.tsunagu.store.feed.FeedEntity;
import org.tsunagu.store.feed.FeedSize;
import org.tsunagu.store.feed.FeedState;
import org.tsunagu.store.feed.GraphFeed;

/**
 * One rebuild of the index from the whole store, uncommitted: the caller commits with the state
 * it returns, read before anything else, so that changes made meanwhile leave the index stale.
 */
final class Rebuild {

    private static final int REPORT_EVERY = 1_000;

    private final GraphFeed feed;
    private final IndexWriter writer;
    private final FacetsConfig facets;
    private final RebuildListener listener;
    private final BooleanSupplier cancelled;
    private long done;
    private long total;

    /** What was built: the state it reflects and the entities facts were described with. */
    record Built(FeedState state, KnownEntities entities) {
    }

    Rebuild(GraphFeed feed, IndexWriter writer, FacetsConfig facets, RebuildListener listener,
            BooleanSupplier cancelled) {
        this.feed = feed;
        this.writer = writer;
        this.facets = facets;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** Empty when cancelled halfway; the half-built index is then never committed. */
    Optional<Built> run() throws IOException {
        FeedState state = feed.state();
        FeedSize size = feed.size();
        total = size.total();
        listener.progress(0, total);
        List<FeedEntity> all = new ArrayList<>();
        feed.entities(all::add);
        KnownEntities entities = KnownEntities.of(all);
        Projection projection = new Projection(facets, entities);
        writer.deleteAll();
        try {
            all.forEach(entity -> add(projection.entity(entity)));
            feed.facts(fact -> add(projection.fact(fact)));
            feed.documents(document -> add(projection.document(document)));
        } catch (Cancelled e) {
            return Optional.empty();
        }
        listener.progress(done, Math.max(done, total));
        return Optional.of(new Built(state, entities));
    }

    private void add(Document entry) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        try {
            writer.addDocument(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
        }
        if (++done % REPORT_EVERY == 0) {
            listener.progress(done, Math.max(done, total));
        }
    }

    /** Unwinds the store's read loops when the index closes mid-rebuild. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
