package org.tsunagu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.feed.FeedEntity;
import org.tsunagu.store.feed.FeedState;
import org.tsunagu.store.feed.GraphFeed;

/**
 * Everything that writes the index, one change at a time: rebuilds, catching up with people's
 * decisions, single facts and entities. Each commit records the state of the store it reflects;
 * uncommitted work (a rebuild cut short) is dropped on close.
 */
final class IndexWriting implements AutoCloseable {

    /** Raise when entries change shape: an index of another format is rebuilt. */
    static final String FORMAT = "2";
    static final String FORMAT_KEY = "tsunagu.format";
    static final String STATE_KEY = "tsunagu.state";
    private static final String FACT_TARGET = "fact:";

    /** Called after each commit, to show it to searches. */
    interface Committed {
        void refresh() throws IOException;
    }

    private final GraphFeed feed;
    private final IndexWriter writer;
    private final FacetsConfig facets;
    private final Committed committed;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Optional<FeedState> indexed;
    private volatile KnownEntities entities;
    private volatile boolean closing;

    IndexWriting(GraphFeed feed, IndexWriter writer, FacetsConfig facets, Optional<FeedState> indexed,
            Committed committed) {
        this.feed = feed;
        this.writer = writer;
        this.facets = facets;
        this.indexed = indexed;
        this.committed = committed;
    }

    /** The state of the store the last commit reflects; empty when unknown (a new or broken index). */
    Optional<FeedState> indexed() {
        return indexed;
    }

    IndexUpdate refresh(RebuildListener listener) {
        lock.lock();
        try {
            FeedState now = feed.state();
            Optional<FeedState> then = indexed;
            if (then.filter(now::equals).isPresent()) {
                return IndexUpdate.NONE;
            }
            Optional<Set<Long>> reviewed = then.filter(now::onlyAuditedSince).flatMap(t -> reviewedFacts(t.audit()));
            if (reviewed.isPresent()) {
                reviewed.get().forEach(this::writeFact);
                commit(now);
                return IndexUpdate.REVIEWED_FACTS;
            }
            if (then.filter(now::onlyIngestedSince).isPresent()) {
                entities = new IngestCatchUp(feed, writer, facets, listener).since(then.get());
                commit(now);
                return IndexUpdate.INGESTED;
            }
            rebuild(listener);
            return IndexUpdate.REBUILT;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    void rebuild(RebuildListener listener) {
        lock.lock();
        try {
            new Rebuild(feed, writer, facets, listener, () -> closing).run().ifPresent(built -> {
                entities = built.entities();
                commit(built.state());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Commits under the state already recorded: a check of freshness still sees what else changed. */
    void refreshFact(long id) {
        lock.lock();
        try {
            writeFact(id);
            commit(indexed.orElse(null));
        } finally {
            lock.unlock();
        }
    }

    void refreshEntity(long id) {
        lock.lock();
        try {
            entities = null;
            Optional<FeedEntity> entity = feed.entity(id);
            Term key = new Term(Fields.KEY, Fields.key(Kind.ENTITY, id));
            if (entity.isPresent()) {
                writer.updateDocument(key, projection().entity(entity.get()));
            } else {
                writer.deleteDocuments(key);
            }
            feed.factsAbout(id).forEach(this::writeFact);
            commit(indexed.orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** The facts named by audit entries after {@code audit}; empty when one of them changed an entity. */
    private Optional<Set<Long>> reviewedFacts(long audit) {
        Set<Long> facts = new HashSet<>();
        for (AuditEntry entry : feed.auditAfter(audit)) {
            if (!entry.target().startsWith(FACT_TARGET)) {
                return Optional.empty();
            }
            facts.add(Long.parseLong(entry.target().substring(FACT_TARGET.length())));
        }
        return Optional.of(facts);
    }

    private void writeFact(long id) {
        Term key = new Term(Fields.KEY, Fields.key(Kind.FACT, id));
        try {
            var fact = feed.fact(id);
            if (fact.isPresent()) {
                writer.updateDocument(key, projection().fact(fact.get()));
            } else {
                writer.deleteDocuments(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        }
    }

    private Projection projection() {
        KnownEntities known = entities;
        if (known == null) {
            List<FeedEntity> all = new ArrayList<>();
            feed.entities(all::add);
            known = KnownEntities.of(all);
            entities = known;
        }
        return new Projection(facets, known);
    }

    /** Commits with the state the index now reflects; {@code null} keeps the index marked stale. */
    private void commit(FeedState state) {
        try {
            Map<String, String> data = state == null ? Map.of(FORMAT_KEY, FORMAT)
                    : Map.of(FORMAT_KEY, FORMAT, STATE_KEY, state.encoded());
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            indexed = Optional.ofNullable(state);
            committed.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
        }
    }

    /** Stops a rebuild under way at its next entry, then closes the writer, dropping what was not committed. */
    @Override
    public void close() throws IOException {
        closing = true;
        lock.lock();
        try {
            writer.close();
        } finally {
            lock.unlock();
        }
    }
}
