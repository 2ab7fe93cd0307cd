package org.tsunagu.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.tsunagu.model.Coded;
import org.tsunagu.store.knowledge.ReviewState;

/**
 * One search over one point-in-time view of the index: the query and the facet filters, counts
 * by drill-sideways (each facet counted without its own filter), the page of hits with their
 * snippets.
 */
final class Searching {

    private static final int SNIPPET_LENGTH = 180;
    /** Where in a snippet the match sits: a third of the way in, so its context shows on both sides. */
    private static final float MATCH_AT = 0.3f;
    /** The most values listed for a facet; a selected value is always listed. */
    private static final int FACET_VALUES = 12;
    private static final String REJECTED = ReviewState.REJECTED.code();

    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final FacetsConfig config;
    private final Analyzer analyzer;

    Searching(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, FacetsConfig config, Analyzer analyzer) {
        this.searcher = searcher;
        this.facetState = facetState;
        this.config = config;
        this.analyzer = analyzer;
    }

    SearchResults run(SearchRequest request) throws IOException {
        Query text = QueryText.parse(request.text(), analyzer);
        boolean rejectedAsked = request.filter(Facet.STATE).isPresent();
        DrillDownQuery query = drillDown(rejectedAsked ? text : withoutRejected(text), request);
        DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, config, facetState)
                .search(query, request.offset() + request.limit());
        ScoreDoc[] page = Arrays.copyOfRange(result.hits.scoreDocs,
                Math.min(request.offset(), result.hits.scoreDocs.length), result.hits.scoreDocs.length);
        List<FacetCounts> facets = facets(result.facets.getAllDims(FACET_VALUES), request);
        if (!rejectedAsked) {
            facets = withRejectedCount(facets, text, request);
        }
        // The words alone are highlighted: with the facet filters around them the highlighter would not
        // recognise the query and would analyse each text again instead of reading offsets from the index.
        return new SearchResults(request, result.hits.totalHits.value, hits(page, text), facets);
    }

    private DrillDownQuery drillDown(Query base, SearchRequest request) {
        DrillDownQuery query = new DrillDownQuery(config, base);
        request.filters().forEach((facet, value) -> query.add(facet.code(), value));
        return query;
    }

    private static Query withoutRejected(Query text) {
        return new BooleanQuery.Builder().add(text, Occur.MUST)
                .add(new TermQuery(new Term(Fields.STATE, REJECTED)), Occur.MUST_NOT).build();
    }

    /** Rejected facts are left out until asked for: count them so that they can be asked for. */
    private List<FacetCounts> withRejectedCount(List<FacetCounts> facets, Query text, SearchRequest request)
            throws IOException {
        Term rejectedState = new Term(Fields.STATE, REJECTED);
        if (searcher.getIndexReader().docFreq(rejectedState) == 0) {
            return facets;
        }
        DrillDownQuery rejected = drillDown(text, request);
        rejected.add(Facet.STATE.code(), REJECTED);
        int count = searcher.count(rejected);
        if (count == 0) {
            return facets;
        }
        List<FacetCounts> counted = new ArrayList<>();
        for (FacetCounts facet : facets) {
            if (facet.facet() != Facet.STATE) {
                counted.add(facet);
            }
        }
        List<FacetCounts.Value> states = new ArrayList<>(facets.stream().filter(f -> f.facet() == Facet.STATE)
                .findFirst().map(FacetCounts::values).orElse(List.of()));
        states.add(new FacetCounts.Value(REJECTED, count, false));
        counted.add(new FacetCounts(Facet.STATE, states));
        counted.sort(Comparator.comparing(FacetCounts::facet));
        return counted;
    }

    private static List<FacetCounts> facets(List<FacetResult> results, SearchRequest request) {
        Map<Facet, List<FacetCounts.Value>> byFacet = new EnumMap<>(Facet.class);
        for (FacetResult result : results) {
            Optional<Facet> facet = Coded.fromCode(Facet.class, result.dim);
            facet.ifPresent(f -> byFacet.put(f, values(f, result.labelValues, request.filter(f))));
        }
        request.filters().forEach((facet, value) -> byFacet.computeIfAbsent(facet,
                f -> List.of(new FacetCounts.Value(value, 0, true))));
        List<FacetCounts> facets = new ArrayList<>();
        byFacet.forEach((facet, values) -> facets.add(new FacetCounts(facet, values)));
        return facets;
    }

    private static List<FacetCounts.Value> values(Facet facet, LabelAndValue[] labels, Optional<String> selected) {
        List<FacetCounts.Value> values = new ArrayList<>();
        for (LabelAndValue label : labels) {
            values.add(new FacetCounts.Value(label.label, label.value.longValue(),
                    selected.filter(label.label::equals).isPresent()));
        }
        if (selected.isPresent() && values.stream().noneMatch(FacetCounts.Value::selected)) {
            values.add(new FacetCounts.Value(selected.get(), 0, true));
        }
        if (facet == Facet.YEAR) {
            values.sort(Comparator.comparing(FacetCounts.Value::value).reversed());
        }
        return values;
    }

    private List<SearchHit> hits(ScoreDoc[] page, Query query) throws IOException {
        int[] docs = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        Object[] snippets = highlighter().snippets(query, docs);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document entry = stored.document(page[i].doc);
            Snippet snippet = snippets[i] instanceof Snippet s ? s : new Snippet(List.of());
            hits.add(new SearchHit(Coded.fromCode(Kind.class, entry.get(Fields.KIND)).orElseThrow(),
                    entry.getField(Fields.ID).numericValue().longValue(), entry.get(Fields.TYPE), entry.get(Fields.TITLE),
                    snippet, List.of(entry.getValues(Fields.COUNTRY)), Optional.ofNullable(entry.get(Fields.YEAR)),
                    Optional.ofNullable(entry.get(Fields.STATE)), page[i].score));
        }
        return hits;
    }

    private SnippetHighlighter highlighter() {
        return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, MATCH_AT)));
    }

    /** The highlighter's formatted objects (snippets) rather than its strings of markup. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        /** One snippet per document, null where the document has no text. */
        Object[] snippets(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docs, new int[] {1}).get(Fields.TEXT);
        }
    }
}
