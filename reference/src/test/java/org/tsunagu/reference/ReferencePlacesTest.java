package org.tsunagu.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.reference.ReferencePlace.Coordinates;
import org.tsunagu.reference.ReferencePlace.Level;
import org.tsunagu.reference.ReferencePlace.Name;

class ReferencePlacesTest {

    private static final ReferencePlaces STANDARD = ReferencePlaces.standard();

    private static ReferencePlace place(String id) {
        return STANDARD.byId(id).orElseThrow();
    }

    @Test
    void knowsCountriesSubdivisionsAndCitiesOfTheWorld() {
        assertThat(STANDARD.all().stream().filter(p -> p.level() == Level.COUNTRY).count()).isGreaterThan(240);
        assertThat(STANDARD.all().stream().filter(p -> p.level() == Level.REGION).count()).isGreaterThan(3000);
        assertThat(STANDARD.all().stream().filter(p -> p.level() == Level.CITY).count()).isGreaterThan(7000);
    }

    @Test
    void knowsTheSeatOfAProvinceOutsideAsiaBelowTheLargeCityThreshold() {
        ReferencePlace temuco = STANDARD.all().stream().filter(p -> p.name().equals("Temuco")).findFirst().orElseThrow();

        assertThat(temuco.level()).isEqualTo(Level.CITY);
        assertThat(STANDARD.countryOf(temuco).name()).isEqualTo("Chile");
    }

    @Test
    void placesACityInItsPrefectureAndThatInItsCountry() {
        ReferencePlace kobe = STANDARD.all().stream().filter(p -> p.name().equals("Kobe")).findFirst().orElseThrow();

        assertThat(STANDARD.parentOf(kobe).orElseThrow().name()).isEqualTo("Hyogo");
        assertThat(STANDARD.countryOf(kobe).name()).isEqualTo("Japan");
        assertThat(STANDARD.parentOf(place("JP"))).isEmpty();
    }

    @Test
    void namesGunmaPrefectureInJapaneseAndChinese() {
        assertThat(place("JP-10").name()).isEqualTo("Gunma");
        assertThat(place("JP-10").names()).contains(new Name("ja", "群馬"), new Name("ja", "群馬県"),
                new Name("zh-Hans", "群马县"));
    }

    @Test
    void takesAVietnameseMunicipalityAndItsCityAsOnePlace() {
        ReferencePlace daNang = place("VN-DN");

        assertThat(daNang.level()).isEqualTo(Level.CITY);
        assertThat(daNang.name()).isEqualTo("Da Nang");
        assertThat(daNang.parentId()).isEqualTo("VN");
        assertThat(daNang.allNames()).contains(new Name("native", "Đà Nẵng"), new Name("ja", "ダナン"));
        assertThat(STANDARD.all().stream().filter(p -> p.name().equals("Da Nang"))).containsExactly(daNang);
    }

    @Test
    void knowsPlacesByExonymsFormerNamesAndSpellingsWithoutDiacritics() {
        assertThat(place("DE-BY").names()).contains(new Name("en", "Bavaria"));
        assertThat(place("VN-HN").names()).contains(new Name("en", "Ha Noi"));
        assertThat(place("VN-SG").names()).contains(new Name("en", "Saigon"), new Name("en", "HCMC"));
        assertThat(place("KR-26").names()).contains(new Name("en", "Pusan"), new Name("ko", "부산"));
        assertThat(place("CN-BJ").names()).contains(new Name("en", "Peking"));
    }

    @Test
    void saysWhatKindOfPlaceEachIsInTheWordsEnglishUses() {
        assertThat(place("JP-27").kind()).isEqualTo("prefecture");
        assertThat(place("DE-BY").kind()).isEqualTo("state");
        assertThat(place("VN-13").kind()).isEqualTo("province");
        assertThat(place("CN-CQ").kind()).isEqualTo("municipality");
        assertThat(place("KR-26").kind()).isEqualTo("metropolitan city");
        assertThat(place("JP").kind()).isEqualTo("country");
    }

    @Test
    void namesAPlaceInItsOwnLanguageAndScript() {
        assertThat(STANDARD.nativeName(place("VN-DN"))).contains("Đà Nẵng");
        assertThat(STANDARD.nativeName(place("JP-27"))).contains("大阪府");
        assertThat(STANDARD.nativeName(place("KR-26"))).contains("부산광역시");
        assertThat(STANDARD.nativeName(place("CN-CQ"))).contains("重庆市");
    }

    @Test
    void listsCountriesFirstAndTheLargerOfTwoCitiesOfOneNameFirst() {
        List<ReferencePlace> sakai = STANDARD.all().stream().filter(p -> p.name().equals("Sakai")).toList();

        assertThat(STANDARD.all().get(0).level()).isEqualTo(Level.COUNTRY);
        assertThat(sakai).hasSizeGreaterThan(1);
        assertThat(STANDARD.parentOf(sakai.get(0)).orElseThrow().name()).isEqualTo("Osaka");
    }

    @Test
    void readsTheGeneratedFormat() {
        ReferencePlaces places = ReferencePlaces.read(new StringReader(String.join("\n",
                "# id\tlevel\tname\tparent\tpopulation\tnames",
                "XX\tcountry\tExampleland\t\t\tnative:Eksampel|ja:例国",
                "XX-01\tregion\tNorth Province\tXX\t\t",
                "42\tcity\tSample City\tXX-01\t1200\ten:Sampleton\tcity",
                "XX-02\tregion\tSouth Canton\tXX\t\t\tcanton")));

        ReferencePlace city = places.byId("42").orElseThrow();
        assertThat(city.population()).isEqualTo(1200);
        assertThat(city.allNames()).containsExactly(new Name("en", "Sample City"), new Name("en", "Sampleton"));
        assertThat(places.countryOf(city).names()).containsExactly(new Name("native", "Eksampel"), new Name("ja", "例国"));
        assertThat(places.byId("XX-02").orElseThrow().kind()).isEqualTo("canton");
        assertThat(places.byId("XX-01").orElseThrow().kind()).as("a row without its kind").isEqualTo("region");
    }

    @Test
    void placesDaNangOnTheMapWhereItLies() {
        Coordinates daNang = place("VN-DN").coordinates().orElseThrow();

        assertThat(daNang.latitude()).isCloseTo(16.05, within(0.1));
        assertThat(daNang.longitude()).isCloseTo(108.2, within(0.1));
    }

    @Test
    void placesACountryAtItsCapitalAndAPrefectureAtItsSeat() {
        Coordinates japan = place("JP").coordinates().orElseThrow();
        Coordinates ishikawa = place("JP-17").coordinates().orElseThrow();

        assertThat(japan.latitude()).as("Tokyo").isCloseTo(35.69, within(0.1));
        assertThat(japan.longitude()).isCloseTo(139.69, within(0.1));
        assertThat(ishikawa.latitude()).as("Kanazawa").isCloseTo(36.56, within(0.1));
        assertThat(ishikawa.longitude()).isCloseTo(136.65, within(0.1));
    }

    @Test
    void givesEveryCityAndAlmostEveryCountryCoordinates() {
        assertThat(STANDARD.all().stream().filter(p -> p.level() == Level.CITY))
                .allSatisfy(city -> assertThat(city.coordinates()).as(city.name()).isPresent());
        assertThat(STANDARD.all().stream().filter(p -> p.isCountry() && p.coordinates().isEmpty()).count())
                .as("uninhabited territories without a city").isLessThan(10);
    }

    @Test
    void readsCoordinatesFromTheLastTwoColumns() {
        ReferencePlaces places = ReferencePlaces.read(new StringReader(String.join("\n",
                "XX\tcountry\tExampleland\t\t\t\tcountry\t\t",
                "42\tcity\tSample City\tXX\t1200\t\tcity\t-33.5000\t151.2500")));

        assertThat(places.byId("42").orElseThrow().coordinates()).contains(new Coordinates(-33.5, 151.25));
        assertThat(places.byId("XX").orElseThrow().coordinates()).isEmpty();
    }

    @Test
    void refusesAPlaceThatLiesInAnUnlistedPlace() {
        assertThatThrownBy(() -> ReferencePlaces.read(new StringReader("42\tcity\tSample City\tXX-01\t\t\n")))
                .hasMessageContaining("42 lies in XX-01");
    }

    @Test
    void refusesARowWithMissingColumnsNamingItsLine() {
        assertThatThrownBy(() -> ReferencePlaces.read(new StringReader("# comment\nXX\tcountry\tExampleland\n")))
                .hasMessageContaining("line 2");
    }
}
