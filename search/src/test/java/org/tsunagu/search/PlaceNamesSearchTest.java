package org.tsunagu.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

/** A place is found by every name the reference data gives it, ahead of the articles that mention it. */
class PlaceNamesSearchTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @BeforeEach
    void saveArticlesNamingPlacesInEnglish() {
        Database database = store.database();
        Articles hanoi = Articles.article("hanoi-kumamoto-nursing",
                "Hanoi and Kumamoto Prefecture signed a memorandum on nursing trainees. Hanoi will send 40 trainees.");
        database.save(hanoi.with(hanoi.mou("signed a memorandum", PartialDate.ofYear(2024),
                hanoi.place("Hanoi"), hanoi.place("Kumamoto Prefecture"))));
        Articles ports = Articles.article("hcmc-busan-ports",
                "Ho Chi Minh City and Busan signed a memorandum on container shipping. Busan port officials welcomed it.");
        database.save(ports.with(ports.mou("signed a memorandum", PartialDate.ofYear(2023),
                ports.place("Ho Chi Minh City"), ports.place("Busan"))));
        Articles tourism = Articles.article("danang-osaka-tourism",
                "Da Nang and Osaka Prefecture signed a memorandum on tourism. Da Nang hopes for more visitors.");
        database.save(tourism.with(tourism.mou("signed a memorandum", PartialDate.ofYear(2025),
                tourism.place("Da Nang"), tourism.place("Osaka Prefecture"))));
    }

    @Test
    void findsHanoiFirstByItsVietnameseJapaneseAndSpacedNames() {
        assertThat(firstHit("Hà Nội")).isEqualTo("entity Hanoi");
        assertThat(firstHit("Ha Noi")).isEqualTo("entity Hanoi");
        assertThat(firstHit("ハノイ")).isEqualTo("entity Hanoi");
    }

    @Test
    void findsHoChiMinhCityFirstByItsAbbreviationAndFormerName() {
        assertThat(firstHit("HCMC")).isEqualTo("entity Ho Chi Minh City");
        assertThat(firstHit("Saigon")).isEqualTo("entity Ho Chi Minh City");
    }

    @Test
    void findsWhatAPlaceSignedByItsFormerName() {
        try (SearchIndex index = SearchIndex.open(store.database())) {
            index.refresh(RebuildListener.SILENT);

            assertThat(index.search(SearchRequest.of("Saigon").withFilter(Facet.KIND, "fact")).hits())
                    .extracting(SearchHit::title).singleElement().asString().contains("Ho Chi Minh City");
        }
    }

    @Test
    void findsDaNangFirstWrittenAsOneWordAndInJapanese() {
        assertThat(firstHit("Danang")).isEqualTo("entity Da Nang");
        assertThat(firstHit("ダナン")).isEqualTo("entity Da Nang");
    }

    @Test
    void findsBusanFirstByItsOlderRomanisation() {
        assertThat(firstHit("Pusan")).isEqualTo("entity Busan");
    }

    @Test
    void findsOsakaFirstInJapanese() {
        assertThat(firstHit("大阪")).isEqualTo("entity Osaka Prefecture");
        assertThat(firstHit("大阪府")).isEqualTo("entity Osaka Prefecture");
    }

    private String firstHit(String query) {
        try (SearchIndex index = SearchIndex.open(store.database())) {
            index.refresh(RebuildListener.SILENT);
            SearchResults results = index.search(SearchRequest.of(query));
            assertThat(results.hits()).as("results for %s", query).isNotEmpty();
            SearchHit first = results.hits().get(0);
            return first.kind().code() + " " + first.title();
        }
    }
}
