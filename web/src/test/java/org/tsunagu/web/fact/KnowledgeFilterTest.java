package org.tsunagu.web.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.FactOrder;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.web.InvalidRequestException;

class KnowledgeFilterTest {

    @Test
    void readsEveryFilterAndWritesItBackAsTheSameQueryString() {
        String query = "type=agreement&state=accepted&entity=3&min_confidence=0.5&max_confidence=0.9&document=7"
                + "&country=JP&from=2013&to=2013-10-31&sort=date";

        KnowledgeFilter filter = KnowledgeFilter.of(Map.ofEntries(Map.entry("type", "agreement"),
                Map.entry("state", "accepted"), Map.entry("entity", "3"), Map.entry("min_confidence", "0.5"),
                Map.entry("max_confidence", " 0.9 "), Map.entry("document", "7"), Map.entry("country", "jp"),
                Map.entry("from", "2013"), Map.entry("to", "2013-10-31"), Map.entry("sort", "date"))::get);

        assertThat(filter.queryString()).isEqualTo(query);
        KnowledgeQuery applied = filter.applyTo(KnowledgeQuery.all());
        assertThat(applied.type()).contains(FactType.AGREEMENT);
        assertThat(applied.state()).contains(ReviewState.ACCEPTED);
        assertThat(applied.country()).contains("JP");
        assertThat(applied.to()).contains(PartialDate.ofDay(2013, 10, 31));
        assertThat(applied.order()).isEqualTo(FactOrder.DATE);
    }

    @Test
    void leavesOutWhatIsBlankAndSortsAsFirstReadByDefault() {
        KnowledgeFilter filter = KnowledgeFilter.of(Map.of("type", "", "country", " ", "sort", "")::get);

        assertThat(filter.queryString()).isEmpty();
        assertThat(filter.order()).isEqualTo(FactOrder.FIRST_READ);
    }

    @Test
    void namesTheParameterOfAWrongValue() {
        assertThatThrownBy(() -> KnowledgeFilter.of(Map.of("min_confidence", "2")::get))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("min_confidence must be a number from 0 to 1");
        assertThatThrownBy(() -> KnowledgeFilter.of(Map.of("from", "soon")::get))
                .hasMessageContaining("from must be a date such as 2013, 2013-10 or 2013-10-31, not 'soon'");
        assertThatThrownBy(() -> KnowledgeFilter.of(Map.of("country", "Japan")::get))
                .hasMessageContaining("country must be a two-letter ISO 3166 code");
        assertThatThrownBy(() -> KnowledgeFilter.of(Map.of("sort", "colour")::get))
                .hasMessageContaining("unknown sort 'colour'; expected one of first_read, confidence, date, document");
        assertThatThrownBy(() -> KnowledgeFilter.of(Map.of("document", "-1")::get))
                .hasMessageContaining("document must be a positive whole number");
    }
}
