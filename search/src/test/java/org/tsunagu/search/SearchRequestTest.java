package org.tsunagu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void rejectsAnUnknownTypeNamingTheKnownOnes() {
        assertThatThrownBy(() -> SearchRequest.of("x").withFilter(Facet.TYPE, "treaty"))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("unknown type 'treaty'").hasMessageContaining("agreement")
                .hasMessageContaining("document");
    }

    @Test
    void rejectsAYearThatIsNotFourDigits() {
        assertThatThrownBy(() -> SearchRequest.of("x").withFilter(Facet.YEAR, "13"))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("year");
    }

    @Test
    void rejectsPagesOutOfRange() {
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(0, 0)).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(10, -1)).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(10, 1_000_000)).isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void acceptsCodesInAnyCaseAndKeepsTheirCanonicalSpelling() {
        SearchRequest request = new SearchRequest(" Da Nang ", Map.of(Facet.STATE, "Accepted", Facet.KIND, "FACT"), 20, 0);

        assertThat(request.text()).isEqualTo("Da Nang");
        assertThat(request.filter(Facet.STATE)).contains("accepted");
        assertThat(request.filter(Facet.KIND)).contains("fact");
    }
}
