package org.tsunagu.store.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.Source;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class DocumentProvenanceTest {

    private static final DocumentInfo GAZETTE = new DocumentInfo(Optional.of("Port Aurel and Isla Verde sign ferry pact"),
            Optional.of("Coastline Gazette"), Optional.of("https://gazette.example/news/ferry-pact"), Optional.of("en"),
            Optional.of(PartialDate.ofDay(2025, 4, 2)));

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void keepsWhoPublishedADocumentAndWhenInTheDatabaseFile() {
        Database database = store.database();
        Articles article = Articles.article("ferry-pact", "Port Aurel signed an MOU with Isla Verde on Monday.")
                .publishedBy(GAZETTE);
        database.save(article.with(article.mou("signed", PartialDate.ofYear(2025), article.place("Port Aurel"),
                article.place("Isla Verde"))));

        DocumentListing listing = database.documents(1, 0).items().get(0);
        Source source = database.knowledgeFacts(KnowledgeQuery.all()).items().get(0).sources().get(0);

        assertThat(listing.info()).isEqualTo(GAZETTE);
        assertThat(listing.published()).contains("2025-04-02");
        assertThat(source.publication()).isEqualTo(GAZETTE);
    }

    @Test
    void datesASourceByTheArticlesOwnDateWhenItsFileGaveNone() {
        Database database = store.database();
        Articles article = Articles.article("orchard-week", "Valle Alto signed an MOU with Monte Claro on Friday.")
                .publishedBy(DocumentInfo.NONE.withOutlet("Orchard Weekly"));
        Extraction extraction = article.with(article.mou("signed", PartialDate.ofYear(2024), article.place("Valle Alto"),
                article.place("Monte Claro")));
        database.save(new Extraction(extraction.document(), Optional.of(PartialDate.ofDay(2024, 11, 15)),
                extraction.facts()));

        Source source = database.knowledgeFacts(KnowledgeQuery.all()).items().get(0).sources().get(0);

        assertThat(database.documents(1, 0).items().get(0).published()).isEmpty();
        assertThat(source.publication().outlet()).contains("Orchard Weekly");
        assertThat(source.publication().published()).contains(PartialDate.ofDay(2024, 11, 15));
    }
}
