package org.tsunagu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.feed.FeedEntity;
import org.tsunagu.store.feed.FeedState;
import org.tsunagu.store.feed.GraphFeed;

/**
 * Full-text search with facets over the store's entities, knowledge facts and documents: a
 * Lucene index that is a projection of the database, kept in the folder {@code FILE.search}
 * beside the database file (in memory for a database in memory) and rebuilt from it whenever in
 * doubt. Each commit records the {@link FeedState} it reflects.
 *
 * <p>Freshness: {@link #search} first compares that state with the store's (a few look-ups by
 * primary key in SQLite, well under a millisecond) and, when they differ, brings the index up to
 * date: at once for a small store, else on a background thread while searches go on against the
 * last commit. People's decisions on facts (accept, reject, edit) are applied fact by fact from
 * the audit log; anything else (ingest, merge, split) rebuilds. Code that changes a fact can also
 * call {@link #refreshFact} to show the change at once. Only one process can write the index: opened while a server holds it, an
 * index is read-only and searches what that server last committed.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Raise when entries change shape: an index of another format is rebuilt. */
    private static final String FORMAT = "1";
    private static final String FORMAT_KEY = "tsunagu.format";
    private static final String STATE_KEY = "tsunagu.state";
    /** Up to this many entities, facts and documents a rebuild takes well under a second: searches wait for it. */
    private static final long REBUILD_WHILE_WAITING = 5_000;
    private static final double WRITER_BUFFER_MB = 48;

    private final GraphFeed feed;
    private final Directory directory;
    private final Optional<IndexWriter> writer;
    private final SearcherManager searchers;
    private final FacetsConfig facets = Fields.facets();
    private final Analyzer analyzer;
    private final ReentrantLock writing = new ReentrantLock();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tsunagu-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private volatile boolean closing;
    private volatile Optional<FeedState> indexed;
    private volatile KnownEntities entities;
    private FacetView facetView;

    private record FacetView(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private SearchIndex(GraphFeed feed, Directory directory, Analyzer analyzer) throws IOException {
        this.feed = feed;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = openWriter(directory, analyzer);
        if (writer.isPresent() && !DirectoryReader.indexExists(directory)) {
            writer.get().commit();
        }
        this.searchers = new SearcherManager(directory, null);
        this.indexed = committedState();
    }

    /** Opens the index of a store: beside its file, or in memory. Call {@link #refresh} to bring it up to date. */
    public static SearchIndex open(Database database) {
        GraphFeed feed = database.feed();
        try {
            Optional<Path> file = feed.file();
            Directory directory = file.isPresent() ? FSDirectory.open(Files.createDirectories(folderOf(file.get())))
                    : new ByteBuffersDirectory();
            return new SearchIndex(feed, directory, new FoldingAnalyzer());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
        }
    }

    /** Where the index of a database file lives: {@code tsunagu.db} has {@code tsunagu.db.search/}. */
    public static Path folderOf(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(databaseFile.getFileName() + ".search");
    }

    private static Optional<IndexWriter> openWriter(Directory directory, Analyzer analyzer) throws IOException {
        try {
            return Optional.of(new IndexWriter(directory, writerConfig(analyzer, OpenMode.CREATE_OR_APPEND)));
        } catch (LockObtainFailedException e) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalStateException("the search index is being built by another process; try again later", e);
            }
            return Optional.empty();
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.warn("search index unreadable ({}); building it anew", e.getMessage());
            return Optional.of(new IndexWriter(directory, writerConfig(analyzer, OpenMode.CREATE)));
        }
    }

    private static IndexWriterConfig writerConfig(Analyzer analyzer, OpenMode mode) {
        // Uncommitted work (a rebuild cut short) is dropped: only commits, each with its state, count.
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false)
                .setRAMBufferSizeMB(WRITER_BUFFER_MB);
    }

    /** True when the last commit reflects the store as it is now. */
    public boolean isCurrent() {
        return indexed.filter(feed.state()::equals).isPresent();
    }

    /** False when another process holds the index for writing. */
    public boolean isWritable() {
        return writer.isPresent();
    }

    /** Brings the index up to date now: the decisions people made since, or a rebuild. */
    public IndexUpdate refresh(RebuildListener listener) {
        if (writer.isEmpty()) {
            reopen();
            return IndexUpdate.HELD_ELSEWHERE;
        }
        writing.lock();
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
            rebuild(listener);
            return IndexUpdate.REBUILT;
        } finally {
            writing.unlock();
        }
    }

    /** Builds the index again from the whole store, reporting progress; searches see the old one until it is done. */
    public void rebuild(RebuildListener listener) {
        IndexWriter w = writer.orElseThrow(() -> new IllegalStateException("the search index is held by another process"));
        writing.lock();
        try {
            new Rebuild(feed, w, facets, listener, () -> closing).run().ifPresent(built -> {
                entities = built.entities();
                commit(built.state());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the search index: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    /** Shows the fact as the store now has it (or removes it when gone), at once. */
    public void refreshFact(long id) {
        withWriter(() -> {
            writeFact(id);
            commit(indexed.orElse(null));
        });
    }

    /** Shows the entity and the facts about it as the store now has them (or removes it when merged away). */
    public void refreshEntity(long id) {
        withWriter(() -> {
            entities = null;
            Optional<FeedEntity> entity = feed.entity(id);
            Term key = new Term(Fields.KEY, Fields.key(Kind.ENTITY, id));
            if (entity.isPresent()) {
                writer.get().updateDocument(key, projection().entity(entity.get()));
            } else {
                writer.get().deleteDocuments(key);
            }
            feed.factsAbout(id).forEach(this::writeFact);
            commit(indexed.orElse(null));
        });
    }

    public SearchResults search(SearchRequest request) {
        keepFresh();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (searcher.getIndexReader().maxDoc() == 0) {
                    return new SearchResults(request, 0, List.of(), List.of());
                }
                return new Searching(searcher, facetState(searcher), facets, analyzer).run(request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    public IndexSize size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                long bytes = 0;
                for (String file : directory.listAll()) {
                    bytes += directory.fileLength(file);
                }
                return new IndexSize(searcher.getIndexReader().numDocs(), bytes);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** When the store moved on, catch up: at once when that is quick, else in the background. */
    private void keepFresh() {
        if (writer.isEmpty()) {
            reopen();
            return;
        }
        if (updateQueued.get() || isCurrent()) {
            return;
        }
        if (feed.size().total() <= REBUILD_WHILE_WAITING) {
            refresh(RebuildListener.SILENT);
        } else if (updateQueued.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    IndexUpdate update = refresh(RebuildListener.SILENT);
                    LOG.info("search index caught up with the store: {}", update);
                } catch (RuntimeException e) {
                    if (!closing) {
                        LOG.warn("search index could not catch up with the store", e);
                    }
                } finally {
                    updateQueued.set(false);
                }
            });
        }
    }

    /** The facts named by audit entries after {@code audit}; empty when one of them changed an entity. */
    private Optional<Set<Long>> reviewedFacts(long audit) {
        Set<Long> facts = new HashSet<>();
        for (AuditEntry entry : feed.auditAfter(audit)) {
            if (!entry.target().startsWith("fact:")) {
                return Optional.empty();
            }
            facts.add(Long.parseLong(entry.target().substring("fact:".length())));
        }
        return Optional.of(facts);
    }

    private void writeFact(long id) {
        Term key = new Term(Fields.KEY, Fields.key(Kind.FACT, id));
        try {
            var fact = feed.fact(id);
            if (fact.isPresent()) {
                writer.orElseThrow().updateDocument(key, projection().fact(fact.get()));
            } else {
                writer.orElseThrow().deleteDocuments(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            IndexWriter w = writer.orElseThrow();
            Map<String, String> data = state == null ? Map.of(FORMAT_KEY, FORMAT)
                    : Map.of(FORMAT_KEY, FORMAT, STATE_KEY, state.encoded());
            w.setLiveCommitData(data.entrySet());
            w.commit();
            searchers.maybeRefreshBlocking();
            indexed = Optional.ofNullable(state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
        }
    }

    private void reopen() {
        try {
            searchers.maybeRefresh();
            indexed = committedState();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    private Optional<FeedState> committedState() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            return FORMAT.equals(data.get(FORMAT_KEY)) ? FeedState.decode(data.get(STATE_KEY)) : Optional.empty();
        } finally {
            searchers.release(searcher);
        }
    }

    private synchronized SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (facetView == null || facetView.reader() != reader) {
            facetView = new FacetView(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
        }
        return facetView.state();
    }

    private interface WriterWork {
        void run() throws IOException;
    }

    private void withWriter(WriterWork work) {
        if (writer.isEmpty()) {
            return;
        }
        writing.lock();
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the search index: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    @Override
    public void close() {
        closing = true;
        background.shutdown();
        writing.lock();
        try {
            searchers.close();
            if (writer.isPresent()) {
                writer.get().close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }
}
