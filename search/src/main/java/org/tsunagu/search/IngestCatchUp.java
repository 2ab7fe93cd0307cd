package org.tsunagu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.tsunagu.store.feed.FeedEntity;
import org.tsunagu.store.feed.FeedState;
import org.tsunagu.store.feed.GraphFeed;

/**
 * Brings the index up to date after ingest alone changed the store: writes the new documents,
 * the facts they state and the entities they name, and the other facts of an entity whose names
 * or country changed, since their entries copy those. An ingest into a large store then costs
 * what it added, not a rebuild of everything. Uncommitted: the caller commits.
 */
final class IngestCatchUp {

    private static final int REPORT_EVERY = 1_000;

    private final GraphFeed feed;
    private final IndexWriter writer;
    private final FacetsConfig facets;
    private final RebuildListener listener;
    private long done;
    private long total;

    IngestCatchUp(GraphFeed feed, IndexWriter writer, FacetsConfig facets, RebuildListener listener) {
        this.feed = feed;
        this.writer = writer;
        this.facets = facets;
        this.listener = listener;
    }

    /** The entities the facts were described with, for later single-fact updates. */
    KnownEntities since(FeedState indexed) throws IOException {
        List<FeedEntity> all = new ArrayList<>();
        feed.entities(all::add);
        KnownEntities known = KnownEntities.of(all);
        Projection projection = new Projection(facets, known);
        Map<Long, FeedEntity> byId = all.stream().collect(Collectors.toMap(FeedEntity::id, Function.identity()));
        List<FeedEntity> named = feed.entitiesNamedAfter(indexed.document(), indexed.entity()).stream()
                .map(byId::get).filter(Objects::nonNull).toList();
        TreeSet<Long> facts = new TreeSet<>(feed.factsStatedAfter(indexed.document()));
        List<Long> changed = changedEntities(named, projection);
        changed.forEach(entity -> facts.addAll(feed.factsAbout(entity)));
        total = named.size() + facts.size();
        listener.progress(0, total);
        for (FeedEntity entity : named) {
            write(Fields.key(Kind.ENTITY, entity.id()), projection.entity(entity));
        }
        feed.facts(List.copyOf(facts), fact -> write(Fields.key(Kind.FACT, fact.fact().id()), projection.fact(fact)));
        feed.documentsAfter(indexed.document(), document -> {
            total++;
            write(Fields.key(Kind.DOCUMENT, document.id()), projection.document(document));
        });
        listener.progress(done, total);
        return known;
    }

    /** The entities whose entry in the last commit copied other names or another country than they now have. */
    private List<Long> changedEntities(List<FeedEntity> named, Projection projection) throws IOException {
        List<Long> changed = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer.getDirectory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (FeedEntity entity : named) {
                Optional<String> before = copied(searcher, entity.id());
                if (before.isPresent() && !before.get().equals(projection.copiedFrom(entity.id()))) {
                    changed.add(entity.id());
                }
            }
        }
        return changed;
    }

    private static Optional<String> copied(IndexSearcher searcher, long entity) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(Fields.KEY, Fields.key(Kind.ENTITY, entity))), 1);
        if (found.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(searcher.storedFields().document(found.scoreDocs[0].doc).get(Fields.COPIED));
    }

    private void write(String key, Document entry) {
        try {
            writer.updateDocument(new Term(Fields.KEY, key), entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
        }
        if (++done % REPORT_EVERY == 0) {
            listener.progress(done, Math.max(done, total));
        }
    }
}
