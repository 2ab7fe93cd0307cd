package org.tsunagu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tsunagu.store.Database;
import org.tsunagu.store.feed.FeedState;
import org.tsunagu.store.feed.GraphFeed;

/**
 * Full-text search with facets over the store's entities, knowledge facts and documents: a
 * Lucene index that is a projection of the database, kept in the folder {@code FILE.search}
 * beside the database file (in memory for a database in memory) and rebuilt from it whenever in
 * doubt. Each commit records the {@link FeedState} it reflects.
 *
 * <p>Freshness: {@link #search} first compares that state with the store's (a few look-ups by
 * primary key on a connection kept open) and, when they differ, brings the index up to date: at
 * once for a small store, else on a background thread while searches go on against the last
 * commit. People's decisions on facts (accept, reject, edit) are applied fact by fact from the
 * audit log; anything else (ingest, merge, split) rebuilds. Code that changes a fact or entity
 * can also call {@link #refreshFact} or {@link #refreshEntity} to show the change at once. Only
 * one process can write the index: opened while a server holds it, an index is read-only and
 * searches what that server last committed.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Up to this many entities, facts and documents, a rebuild is short enough for a search to wait for it. */
    private static final long REBUILD_WHILE_WAITING = 5_000;
    private static final double WRITER_BUFFER_MB = 48;

    private final GraphFeed feed;
    private final Directory directory;
    private final SearcherManager searchers;
    private final Optional<IndexWriting> writing;
    private final FacetsConfig facets = Fields.facets();
    private final Analyzer analyzer;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tsunagu-search-index");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean updateQueued = new AtomicBoolean();
    private volatile boolean closing;
    /** What another process last committed, for an index this one only reads. */
    private volatile Optional<FeedState> committed;
    private FacetView facetView;

    private record FacetView(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    private SearchIndex(GraphFeed feed, Directory directory, Analyzer analyzer) throws IOException {
        this.feed = feed;
        this.directory = directory;
        this.analyzer = analyzer;
        Optional<IndexWriter> writer = openWriter(directory, analyzer);
        if (writer.isPresent() && !DirectoryReader.indexExists(directory)) {
            writer.get().commit();
        }
        this.searchers = new SearcherManager(directory, null);
        this.committed = committedState();
        this.writing = writer.map(w -> new IndexWriting(feed, w, facets, committed, searchers::maybeRefreshBlocking));
    }

    /** Opens the index of a store: beside its file, or in memory. Call {@link #refresh} to bring it up to date. */
    public static SearchIndex open(Database database) {
        GraphFeed feed = database.feed();
        try {
            Optional<Path> file = feed.file();
            Directory directory = file.isPresent() ? FSDirectory.open(ownerOnlyFolder(folderOf(file.get())))
                    : new ByteBuffersDirectory();
            return new SearchIndex(feed, directory, new FoldingAnalyzer());
        } catch (IOException e) {
            feed.close();
            throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            feed.close();
            throw e;
        }
    }

    /** The index copies the database's text: a new folder for it is open to its owner alone, as the database is. */
    private static Path ownerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        try {
            return Files.createDirectories(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createDirectories(folder);
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
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false)
                .setRAMBufferSizeMB(WRITER_BUFFER_MB);
    }

    /** True when the last commit reflects the store as it is now. */
    public boolean isCurrent() {
        return writing.map(IndexWriting::indexed).orElse(committed).filter(feed.state()::equals).isPresent();
    }

    /** False when another process holds the index for writing. */
    public boolean isWritable() {
        return writing.isPresent();
    }

    /** Brings the index up to date now: the decisions people made since, or a rebuild. */
    public IndexUpdate refresh(RebuildListener listener) {
        if (writing.isEmpty()) {
            reopen();
            return IndexUpdate.HELD_ELSEWHERE;
        }
        return writing.get().refresh(listener);
    }

    /** Builds the index again from the whole store, reporting progress; searches see the old one until it is done. */
    public void rebuild(RebuildListener listener) {
        writing.orElseThrow(() -> new IllegalStateException("the search index is held by another process"))
                .rebuild(listener);
    }

    /** Shows the fact as the store now has it (or removes it when gone), at once. */
    public void refreshFact(long id) {
        writing.ifPresent(w -> w.refreshFact(id));
    }

    /** Shows the entity and the facts about it as the store now has them (or removes it when merged away). */
    public void refreshEntity(long id) {
        writing.ifPresent(w -> w.refreshEntity(id));
    }

    public SearchResults search(SearchRequest request) {
        keepFresh();
        return withSearcher(searcher -> searcher.getIndexReader().maxDoc() == 0
                ? new SearchResults(request, 0, List.of(), List.of())
                : new Searching(searcher, facetState(searcher), facets, analyzer).run(request));
    }

    /**
     * The state of the index that searches see now, once it has caught up with the store: the
     * same request at the same version gives the same results.
     */
    public long version() {
        keepFresh();
        return withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    public IndexSize size() {
        return withSearcher(searcher -> {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return new IndexSize(searcher.getIndexReader().numDocs(), bytes);
        });
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on the searcher of the index as it now stands, released after. */
    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** When the store moved on, catch up: at once when that is quick, else in the background. */
    private void keepFresh() {
        if (writing.isEmpty()) {
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

    private void reopen() {
        try {
            searchers.maybeRefresh();
            committed = committedState();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    private Optional<FeedState> committedState() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            return IndexWriting.FORMAT.equals(data.get(IndexWriting.FORMAT_KEY))
                    ? FeedState.decode(data.get(IndexWriting.STATE_KEY)) : Optional.empty();
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

    @Override
    public void close() {
        closing = true;
        background.shutdown();
        try {
            if (writing.isPresent()) {
                writing.get().close();
            }
            searchers.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        } finally {
            feed.close();
        }
    }
}
