package org.tsunagu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class SearchIndexTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private SearchIndex indexOfSamples() {
        Database database = store.database();
        database.save(Samples.jetroChongqing());
        database.save(Samples.daNangSakai());
        SearchIndex index = SearchIndex.open(database);
        index.refresh(RebuildListener.SILENT);
        return index;
    }

    @Test
    void daNangFindsTheEntityAndFactsSpelledĐàNẵng() {
        try (SearchIndex index = indexOfSamples()) {
            long daNang = store.database().entities(EntityQuery.all().withType(EntityType.PLACE).withText("Đà Nẵng"))
                    .items().get(0).id();

            SearchResults results = index.search(SearchRequest.of("Da Nang"));

            assertThat(results.hits().get(0)).satisfies(hit -> {
                assertThat(hit.kind()).isEqualTo(Kind.ENTITY);
                assertThat(hit.id()).isEqualTo(daNang);
                assertThat(hit.countries()).containsExactly("Vietnam");
                assertThat(hit.path()).isEqualTo("/entities/" + daNang);
            });
            assertThat(results.hits()).filteredOn(hit -> hit.kind() == Kind.FACT)
                    .extracting(SearchHit::type).contains("relationship", "role");
            assertThat(results.hits()).filteredOn(hit -> hit.type().equals("relationship")).singleElement()
                    .satisfies(hit -> assertThat(hit.snippet().parts()).contains(new Snippet.Part("Đà Nẵng", true)));
            assertThat(results.hits()).filteredOn(hit -> hit.kind() == Kind.DOCUMENT)
                    .extracting(SearchHit::title).containsExactly("da-nang-sakai");
        }
    }

    @Test
    void keepsTheIndexInAFolderOpenToItsOwnerAlone() throws Exception {
        try (SearchIndex index = indexOfSamples()) {
            assertThat(Files.getPosixFilePermissions(SearchIndex.folderOf(store.file())))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void marksTheMatchedWordsInSnippets() {
        try (SearchIndex index = indexOfSamples()) {
            SearchHit fact = index.search(SearchRequest.of("sister cities").withFilter(Facet.KIND, "fact")).hits().get(0);

            assertThat(fact.snippet().parts()).filteredOn(Snippet.Part::match).extracting(Snippet.Part::text)
                    .containsExactly("sister cities");
            assertThat(fact.snippet().text()).contains("Đà Nẵng and Sakai have been sister cities since 1997.");
        }
    }

    @Test
    void countsEachFacetAndFiltersByIt() {
        try (SearchIndex index = indexOfSamples()) {
            SearchResults all = index.search(SearchRequest.of(""));
            long inVietnam = count(all, Facet.COUNTRY, "Vietnam");
            assertThat(count(all, Facet.KIND, "document")).isEqualTo(2);
            assertThat(count(all, Facet.TYPE, "agreement")).isEqualTo(1);
            assertThat(count(all, Facet.YEAR, "2013")).isEqualTo(1);
            assertThat(count(all, Facet.STATE, "proposed")).isEqualTo(5);
            assertThat(inVietnam).isGreaterThanOrEqualTo(3);

            SearchResults vietnam = index.search(SearchRequest.of("").withFilter(Facet.COUNTRY, "Vietnam"));

            assertThat(vietnam.total()).isEqualTo(inVietnam);
            assertThat(vietnam.hits()).allSatisfy(hit -> assertThat(hit.countries()).contains("Vietnam"));
            assertThat(vietnam.facets()).filteredOn(f -> f.facet() == Facet.COUNTRY).singleElement()
                    .satisfies(country -> assertThat(country.values()).anySatisfy(value -> {
                        assertThat(value.value()).isEqualTo("Vietnam");
                        assertThat(value.selected()).isTrue();
                    }).anySatisfy(value -> assertThat(value.value()).isEqualTo("Japan")));
        }
    }

    @Test
    void addsNewArticlesToAnIndexTheStoreHasMovedPastWithoutRebuilding() {
        try (SearchIndex index = indexOfSamples()) {
            assertThat(index.isCurrent()).isTrue();
        }
        store.database().save(Samples.numbered(7));

        try (SearchIndex index = SearchIndex.open(store.database())) {
            assertThat(index.isCurrent()).isFalse();
            assertThat(index.refresh(RebuildListener.SILENT)).isEqualTo(IndexUpdate.INGESTED);
            assertThat(index.isCurrent()).isTrue();
            assertThat(index.search(SearchRequest.of("Province3")).total()).isPositive();
            SearchResults caughtUp = index.search(SearchRequest.of(""));

            index.rebuild(RebuildListener.SILENT);

            SearchResults rebuilt = index.search(SearchRequest.of(""));
            assertThat(caughtUp.total()).isEqualTo(rebuilt.total());
            assertThat(caughtUp.facets()).isEqualTo(rebuilt.facets());
        }
    }

    @Test
    void findsOldFactsOfAnEntityByANameANewArticleGaveIt() {
        try (SearchIndex index = indexOfSamples()) {
            Articles article = Articles.article("jetro-full-name",
                    "The Japan External Trade Organization (JETRO) opened an office in Hanoi.");
            store.database().save(article.with(article.visit("opened", article.place("Hanoi"),
                    article.organisation("Japan External Trade Organization (JETRO)"))));

            assertThat(index.refresh(RebuildListener.SILENT)).isEqualTo(IndexUpdate.INGESTED);

            assertThat(index.search(SearchRequest.of("External Trade Organization").withFilter(Facet.TYPE, "agreement"))
                    .hits()).extracting(SearchHit::title).singleElement().asString().contains("Chongqing");
        }
    }

    @Test
    void rebuildsAnIndexWhenEntitiesWereMerged() {
        try (SearchIndex index = indexOfSamples()) {
            long committee = entityHit(index, "People's Committee");
            long jetro = entityHit(index, "JETRO");
            store.database().apply(new Operation.Merge(committee, jetro), "reviewer");

            assertThat(index.refresh(RebuildListener.SILENT)).isEqualTo(IndexUpdate.REBUILT);
            assertThat(index.search(SearchRequest.of("People's Committee").withFilter(Facet.KIND, "entity")).hits())
                    .extracting(SearchHit::id).containsExactly(jetro);
        }
    }

    @Test
    void appliesReviewsToTheirFactsAlone() {
        try (SearchIndex index = indexOfSamples()) {
            long mou = index.search(SearchRequest.of("JETRO").withFilter(Facet.TYPE, "agreement")).hits().get(0).id();
            store.database().apply(new Operation.Accept(mou), "reviewer");

            assertThat(index.refresh(RebuildListener.SILENT)).isEqualTo(IndexUpdate.REVIEWED_FACTS);
            assertThat(index.search(SearchRequest.of("JETRO").withFilter(Facet.STATE, "accepted")).hits())
                    .extracting(SearchHit::id).containsExactly(mou);
        }
    }

    @Test
    void leavesRejectedFactsOutUnlessAskedAndCountsThem() {
        try (SearchIndex index = indexOfSamples()) {
            long mou = index.search(SearchRequest.of("JETRO").withFilter(Facet.TYPE, "agreement")).hits().get(0).id();
            store.database().apply(new Operation.Reject(mou), "reviewer");
            index.refresh(RebuildListener.SILENT);

            SearchResults jetro = index.search(SearchRequest.of("JETRO"));
            assertThat(jetro.hits()).noneMatch(hit -> hit.id() == mou && hit.kind() == Kind.FACT);
            assertThat(count(jetro, Facet.STATE, "rejected")).isEqualTo(1);
            assertThat(index.search(SearchRequest.of("JETRO").withFilter(Facet.STATE, "rejected")).hits())
                    .extracting(SearchHit::id).containsExactly(mou);
        }
    }

    @Test
    void refreshesAMergedEntityAndTheFactsAboutIt() {
        try (SearchIndex index = indexOfSamples()) {
            long committee = entityHit(index, "People's Committee");
            long jetro = entityHit(index, "JETRO");
            store.database().apply(new Operation.Merge(committee, jetro), "reviewer");

            index.refreshEntity(committee);
            index.refreshEntity(jetro);

            List<SearchHit> committees = index.search(SearchRequest.of("People's Committee")
                    .withFilter(Facet.KIND, "entity")).hits();
            assertThat(committees).extracting(SearchHit::id).containsExactly(jetro);
            assertThat(committees.get(0).title()).isEqualTo(store.database().entity(jetro).orElseThrow().name());
            assertThat(index.search(SearchRequest.of("JETRO").withFilter(Facet.KIND, "entity")).hits())
                    .extracting(SearchHit::id).containsExactly(jetro);
        }
    }

    @Test
    void aSecondIndexOnTheSameFolderOnlyReads() {
        try (SearchIndex writer = indexOfSamples(); SearchIndex reader = SearchIndex.open(store.database())) {
            assertThat(writer.isWritable()).isTrue();
            assertThat(reader.isWritable()).isFalse();
            assertThat(reader.refresh(RebuildListener.SILENT)).isEqualTo(IndexUpdate.HELD_ELSEWHERE);
            assertThat(reader.search(SearchRequest.of("Da Nang")).total())
                    .isEqualTo(writer.search(SearchRequest.of("Da Nang")).total()).isPositive();
        }
    }

    @Test
    void keepsTheIndexBesideTheDatabaseFile() {
        try (SearchIndex index = indexOfSamples()) {
            assertThat(index.size().entries()).isPositive();
        }
        assertThat(SearchIndex.folderOf(store.file())).isDirectory();
        assertThat(store.file().resolveSibling("tsunagu.db.search")).isEqualTo(SearchIndex.folderOf(store.file()));
        assertThat(Files.isDirectory(SearchIndex.folderOf(store.file()))).isTrue();
    }

    @Test
    void findsJapaneseWordsInsideUnspacedText() {
        Articles article = Articles.article("shizuoka-ja", "静岡県とクアンニン省は経済協力の覚書を締結した。");
        store.database().save(article.with(article.mou("覚書", PartialDate.ofYear(2024),
                article.place("静岡県"), article.place("クアンニン省"))));
        try (SearchIndex index = SearchIndex.open(store.database())) {
            index.refresh(RebuildListener.SILENT);

            assertThat(index.search(SearchRequest.of("覚書")).hits()).extracting(SearchHit::kind)
                    .contains(Kind.FACT, Kind.DOCUMENT);
        }
    }

    @Test
    void findsADocumentByItsHeadlineAndOutlet() {
        Articles article = Articles.article("ferry-pact", "Port Aurel signed an MOU with Isla Verde on Monday.")
                .publishedBy(DocumentInfo.NONE.withTitle("Harbour ferry accord sealed").withOutlet("Coastline Gazette"));
        store.database().save(article.with(article.mou("signed", PartialDate.ofYear(2025),
                article.place("Port Aurel"), article.place("Isla Verde"))));
        try (SearchIndex index = SearchIndex.open(store.database())) {
            index.refresh(RebuildListener.SILENT);

            for (String words : List.of("ferry accord", "coastline gazette")) {
                assertThat(index.search(SearchRequest.of(words)).hits()).as(words)
                        .filteredOn(hit -> hit.kind() == Kind.DOCUMENT).extracting(SearchHit::title)
                        .containsExactly("ferry-pact");
            }
        }
    }

    @Test
    void pagesThroughResults() {
        for (int i = 0; i < 3; i++) {
            store.database().save(Samples.numbered(i));
        }
        try (SearchIndex index = SearchIndex.open(store.database())) {
            index.refresh(RebuildListener.SILENT);
            SearchRequest agreements = SearchRequest.of("signed agreement").withFilter(Facet.KIND, "fact");

            SearchResults first = index.search(agreements.withPage(10, 0));
            SearchResults second = index.search(agreements.withPage(10, 10));

            assertThat(first.total()).isEqualTo(30);
            assertThat(first.hits()).hasSize(10);
            assertThat(second.hits()).hasSize(10).extracting(SearchHit::id)
                    .doesNotContainAnyElementsOf(first.hits().stream().map(SearchHit::id).toList());
        }
    }

    private static long entityHit(SearchIndex index, String name) {
        return index.search(SearchRequest.of(name).withFilter(Facet.KIND, "entity")).hits().get(0).id();
    }

    private static long count(SearchResults results, Facet facet, String value) {
        return results.facets().stream().filter(f -> f.facet() == facet).flatMap(f -> f.values().stream())
                .filter(v -> v.value().equals(value)).mapToLong(FacetCounts.Value::count).findFirst().orElse(0);
    }
}
