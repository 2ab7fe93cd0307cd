package org.tsunagu.store.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class DocumentReaderTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void listsDocumentsNewestFirstWithHowManyStatementsEachGave() {
        Database database = store.database();
        database.save(Samples.jetroChongqing());
        database.save(Samples.daNangSakai());

        var page = database.documents(1, 0);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("da-nang-sakai");
            assertThat(d.statements()).isEqualTo(4);
        });
        assertThat(database.documents(10, 1).items()).extracting(DocumentListing::name).containsExactly("jetro-chongqing");
    }

    @Test
    void readsTheTextAndEveryStatementWithItsOffsetsInTextOrder() {
        Database database = store.database();
        database.save(Samples.daNangSakai());
        long id = database.documents(1, 0).items().get(0).id();

        StoredDocument document = database.document(id).orElseThrow();

        assertThat(document.text()).isEqualTo(Samples.DA_NANG_TEXT);
        assertThat(document.statements()).extracting(Statement::type).containsExactly(FactType.RELATIONSHIP,
                FactType.ROLE, FactType.EVENT, FactType.INVESTMENT);
        Statement tie = document.statements().get(0);
        assertThat(tie.trigger().of(document.text())).isEqualTo("sister cities");
        assertThat(tie.sentence().of(document.text())).isEqualTo("Đà Nẵng and Sakai have been sister cities since 1997.");
        assertThat(tie.mentions()).extracting(m -> m.span().of(document.text())).containsExactly("Đà Nẵng", "Sakai");
        assertThat(tie.mentions()).allSatisfy(m -> assertThat(m.entity()).isPositive());
        assertThat(tie.knowledgeFact()).isPositive();
    }

    @Test
    void knowsNoUnknownDocument() {
        assertThat(store.database().document(42)).isEmpty();
    }
}
