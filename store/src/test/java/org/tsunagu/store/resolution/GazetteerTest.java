package org.tsunagu.store.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.STANDARD;

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private static String bare(String name) {
        return PlaceName.of(name).bare();
    }

    private static List<String> lineage(String bare, Level level) {
        Gazetteer.Place place = GAZETTEER.find(bare, level).orElseThrow();
        List<String> names = new java.util.ArrayList<>(List.of(place.name()));
        for (var up = GAZETTEER.parentOf(place); up.isPresent(); up = GAZETTEER.parentOf(up.get())) {
            names.add(up.get().name());
        }
        return names;
    }

    @Test
    void placesACityInItsPrefectureAndThatInItsCountry() {
        assertThat(lineage("kobe", null)).containsExactly("Kobe", "Hyogo", "Japan");
        assertThat(lineage("seattle", null)).containsExactly("Seattle", "Washington", "United States");
    }

    @Test
    void meansThePrefectureByAPrefectureAndCitysNameUnlessTheCityIsSaid() {
        assertThat(GAZETTEER.isAmbiguous("kumamoto")).isTrue();
        assertThat(GAZETTEER.find("kumamoto", null).orElseThrow().level()).isEqualTo(Level.REGION);
        assertThat(lineage("kumamoto", Level.CITY)).containsExactly("Kumamoto", "Kumamoto", "Japan");
    }

    @Test
    void meansTheLargerOfTwoCitiesOfOneName() {
        assertThat(GAZETTEER.isAmbiguous("sakai")).isFalse();
        assertThat(lineage("sakai", null)).containsExactly("Sakai", "Osaka", "Japan");
    }

    @Test
    void takesAVietnameseMunicipalityForTheCity() {
        assertThat(lineage("da nang", null)).containsExactly("Da Nang", "Vietnam");
        assertThat(lineage("ho chi minh", Level.CITY)).containsExactly("Ho Chi Minh City", "Vietnam");
    }

    @Test
    void leadsOtherNamesAndLanguagesToTheEnglishName() {
        assertThat(GAZETTEER.canonicalBare(bare("HCMC"))).isEqualTo("ho chi minh");
        assertThat(GAZETTEER.canonicalBare(bare("Saigon"))).isEqualTo("ho chi minh");
        assertThat(GAZETTEER.canonicalBare(bare("ダナン"))).isEqualTo("da nang");
        assertThat(GAZETTEER.canonicalBare(bare("群馬県"))).isEqualTo("gunma");
        assertThat(GAZETTEER.canonicalBare(bare("Korea"))).isEqualTo("south korea");
    }

    @Test
    void neverLeadsOnePlacesOwnNameToAnother() {
        assertThat(GAZETTEER.canonicalBare("georgia")).isEqualTo("georgia");
        assertThat(GAZETTEER.canonicalBare("hue")).isEqualTo("hue");
    }

    @Test
    void resolvesAPrefectureNamedInJapaneseToTheEntityOfItsEnglishName() {
        Database database = store.database();
        Articles english = Articles.article("en", "Gunma Prefecture and Da Nang are friends.");
        Articles japanese = Articles.article("ja", "群馬県とダナンは友好関係にある。");
        database.save(english.with(english.friendship("friends", english.place("Gunma Prefecture"),
                english.place("Da Nang"))));
        database.save(japanese.with(japanese.friendship("友好", japanese.place("群馬県"), japanese.place("ダナン"))));

        List<Entity> places = database.entities(EntityQuery.all().withType(EntityType.PLACE)).items();
        // Gunma, Da Nang and the countries they lie in
        assertThat(places).extracting(Entity::name).containsExactlyInAnyOrder("Gunma Prefecture", "Da Nang", "Japan",
                "Vietnam");
        assertThat(places).filteredOn(e -> e.name().equals("Gunma Prefecture")).singleElement()
                .satisfies(gunma -> assertThat(gunma.aliases()).contains("群馬県"))
                .satisfies(gunma -> assertThat(gunma.parent()).contains("Japan"));
    }
}
