package org.tsunagu.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
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
                "42\tcity\tSample City\tXX-01\t1200\ten:Sampleton")));

        ReferencePlace city = places.byId("42").orElseThrow();
        assertThat(city.population()).isEqualTo(1200);
        assertThat(city.allNames()).containsExactly(new Name("en", "Sample City"), new Name("en", "Sampleton"));
        assertThat(places.countryOf(city).names()).containsExactly(new Name("native", "Eksampel"), new Name("ja", "例国"));
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
