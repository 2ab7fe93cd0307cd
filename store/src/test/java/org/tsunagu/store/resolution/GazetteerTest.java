package org.tsunagu.store.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;
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

    /**
     * The store files a new place under its parent by looking the parent up by name and level, as
     * a mention would be; a parent that led back to a place of the same name went round for ever.
     */
    @Test
    void leadsFromEveryPlaceUpToItsCountryLookingParentsUpByName() {
        for (ReferencePlace reference : ReferencePlaces.standard().all()) {
            Gazetteer.Place place = GAZETTEER.find(bare(reference.name()), Level.valueOf(reference.level().name()))
                    .orElseThrow();
            List<String> seen = new java.util.ArrayList<>(List.of(place.id()));
            for (var up = GAZETTEER.parentOf(place); up.isPresent(); up = GAZETTEER.parentOf(place)) {
                place = GAZETTEER.find(up.get().bare(), up.get().level()).orElseThrow();
                assertThat(seen).as("the parents of %s", reference.name()).doesNotContain(place.id());
                seen.add(place.id());
            }
            assertThat(place.level()).as("the top of %s", reference.name()).isEqualTo(Level.COUNTRY);
        }
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

    @Test
    void resolvesAPlaceSpelledWithItsDesignatorOrAnotherNameToOneEntity() {
        saveFriends("Busan Metropolitan City", "Free State of Bavaria");
        saveFriends("Danang", "HCMC");
        saveFriends("Ha Noi", "Gunma");
        saveFriends("Busan", "Bavaria");
        saveFriends("Da Nang", "Ho Chi Minh City");
        saveFriends("Hanoi", "Gunma");

        assertThat(placeCalled("Busan Metropolitan City")).isEqualTo(placeCalled("Busan"));
        assertThat(placeCalled("Free State of Bavaria")).isEqualTo(placeCalled("Bavaria"));
        assertThat(placeCalled("Danang")).isEqualTo(placeCalled("Da Nang"));
        assertThat(placeCalled("HCMC")).isEqualTo(placeCalled("Ho Chi Minh City"));
        assertThat(placeCalled("Ha Noi")).isEqualTo(placeCalled("Hanoi"));
    }

    private void saveFriends(String one, String other) {
        Articles article = Articles.article(one + " " + other, one + " and " + other + " are friends.");
        store.database().save(article.with(article.friendship("friends", article.place(one), article.place(other))));
    }

    /** The id of the one place entity that has this alias. */
    private long placeCalled(String alias) {
        return store.database().entities(EntityQuery.all().withType(EntityType.PLACE).withLimit(100)).items().stream()
                .filter(e -> e.aliases().contains(alias)).map(Entity::id).reduce((a, b) -> {
                    throw new AssertionError(alias + " names two places");
                }).orElseThrow(() -> new AssertionError("no place is called " + alias));
    }
}
