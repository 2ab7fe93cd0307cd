package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Agreement;

/** The sectors an agreement covers, as short lower-case phrases. */
class AgreementFieldsTest {

    private static List<String> fields(String text) {
        return facts(text, Agreement.class).stream().flatMap(a -> a.fields().stream()).toList();
    }

    @Test
    void readsTheSectorsAfterCooperateIn() {
        assertThat(fields("Published: 2025-06-02\n\nOita Prefecture and Jeju Province signed an agreement on 1 June to "
                + "cooperate in geothermal power, citrus farming and cruise tourism, officials said."))
                .containsExactly("geothermal power", "citrus farming", "cruise tourism");
    }

    @Test
    void readsTheSectorsAnMouCovers() {
        assertThat(fields("Published: 2025-06-02\n\nKobe and Incheon signed a memorandum of understanding on 1 June covering "
                + "port logistics and biomedical research.")).containsExactly("port logistics", "biomedical research");
    }

    @Test
    void readsTheGoodsAfterTradeIn() {
        assertThat(fields("Published: 2025-06-02\n\nSendai City and Dalian City signed a memorandum of understanding on 1 June "
                + "to promote trade in seafood, sake and kitchenware between the two cities."))
                .containsExactly("trade", "seafood", "sake", "kitchenware");
    }

    @Test
    void readsTheSectorsInTheNextSentenceWhenTheSigningNamesNone() {
        assertThat(fields("Published: 2025-06-02\n\nNiigata and Khabarovsk signed a friendship agreement on 1 June. The "
                + "agreement covers education, sport and forestry.")).containsExactly("education", "sport", "forestry");
    }

    @Test
    void givesALoneAdjectiveTheNounItShares() {
        assertThat(fields("Published: 2025-06-02\n\nOn 1 June, Mito and Suwon signed an agreement on cultural and sports "
                + "exchange.")).containsExactly("cultural exchange", "sports exchange");
    }

    @Test
    void readsTheGoodsOfASupplyWithoutTheirMeasure() {
        assertThat(fields("Published: 2025-06-02\n\nOn 1 June, Akita Komachi Foods Co. and Saigon Trading JSC signed a "
                + "contract for the supply of 5,000 tonnes of koshihikari rice a year.")).containsExactly("supply", "koshihikari rice");
    }

    @Test
    void keepsNoPlaceOrPartyOrLengthOfTimeAmongTheSectors() {
        assertThat(fields("Published: 2026-03-02\n\nOn 1 March, Otaru and Vladivostok signed an MOU to promote ferry tourism, "
                + "Sakhalin Province and small businesses. The agreement was extended for another ten years.")).containsExactly("ferry tourism");
    }

    @Test
    void readsTheListAfterSuchAs() {
        assertThat(fields("Published: 2026-03-02\n\nOn 1 March, Otaru and Vladivostok signed an agreement to cooperate in various "
                + "fields such as fisheries and shipbuilding.")).containsExactly("fisheries", "shipbuilding");
    }
}
