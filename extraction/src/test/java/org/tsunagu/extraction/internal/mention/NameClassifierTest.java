package org.tsunagu.extraction.internal.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tsunagu.extraction.internal.Extracting;
import org.tsunagu.extraction.internal.Layers;

class NameClassifierTest {

    /** The type of each name in the text, by the words it covers. */
    private static Map<String, Mention.Type> types(String text) {
        return Extracting.annotate(text).get(Layers.MENTIONS).stream().filter(m -> !m.is(Mention.Type.TITLE))
                .collect(Collectors.toMap(m -> m.span().of(text), Mention::type, (a, b) -> a));
    }

    @Test
    void readsANameBeforeALowerCaseRegionWordAsAPlace() {
        assertThat(types("The Maule region of Chile and the Arauco region signed a pact."))
                .containsEntry("Maule", Mention.Type.PLACE).containsEntry("Arauco region", Mention.Type.PLACE);
    }

    @Test
    void readsANameAfterALowerCaseCityOfOrCapitalOfAsAPlace() {
        assertThat(types("The city of Valdera signed a pact with the Chilean capital of Vallenar."))
                .containsEntry("Valdera", Mention.Type.PLACE).containsEntry("Vallenar", Mention.Type.PLACE);
    }

    @Test
    void leavesTheOwnerOfAPossessiveCompanyToBeAPerson() {
        String text = "Guests included Liu Fang, president of Xiamen Lvye Tea. Liu's company presented its teas.";
        assertThat(types(text)).containsEntry("Liu", Mention.Type.PERSON);
    }

    @Test
    void doesNotMakeACompanyOfTheSubjectOfSaid() {
        assertThat(types("Guests included Lei Ming, manager of Tianfu Foods. Lei said his company would return."))
                .containsEntry("Lei", Mention.Type.PERSON);
    }

    @Test
    void readsANameBeforeAPlacesPossessiveTitleAsAPerson() {
        assertThat(types("The speakers were Anil Menon, Kerala's Minister for Industries, and others."))
                .containsEntry("Anil Menon", Mention.Type.PERSON);
    }

    @Test
    void keepsInitialsAndHyphenatedGivenNamesInPersonNames() {
        assertThat(types("The pact was signed by Governor K. Suresh Babu and Magistrate Lin Wen-hsiang on Monday."))
                .containsEntry("K. Suresh Babu", Mention.Type.PERSON).containsEntry("Lin Wen-hsiang", Mention.Type.PERSON);
    }

    @Test
    void readsANameAfterATitlesBracketedPortfolioAsAPerson() {
        assertThat(types("Maharashtra's Principal Secretary (Industries) Asha Kulkarni met the delegation."))
                .containsEntry("Asha Kulkarni", Mention.Type.PERSON);
    }

    @Test
    void readsANameBasedSomewhereAsAnOrganisation() {
        assertThat(types("Kagoshima-based Satsuma Reito signed an agreement on Tuesday."))
                .containsEntry("Satsuma Reito", Mention.Type.ORGANISATION);
    }

    @Test
    void namesNoOneByAnHonorific() {
        assertThat(types("Also present were Mrs. Dao Thi Lan and H.E. Sam Rithy.")).doesNotContainKey("Mrs")
                .doesNotContainKey("H.E").containsEntry("Dao Thi Lan", Mention.Type.PERSON)
                .containsEntry("Sam Rithy", Mention.Type.PERSON);
    }

    @Test
    void splitsAnHonorificGluedToTheName() {
        assertThat(types("The talks were chaired by Mr.Vo Tan Phat, Director of the Port Authority."))
                .containsEntry("Vo Tan Phat", Mention.Type.PERSON);
    }

    @Test
    void readsANameBeforeADashAndATitleAsAPerson() {
        assertThat(types("Receiving the guests was Mrs. Tran Ngoc Anh - Deputy Head of the Provincial Delegation."))
                .containsEntry("Tran Ngoc Anh", Mention.Type.PERSON);
    }

    @Test
    void readsANameBeforeTheTitleWithAnArticleAsAPerson() {
        assertThat(types("Guests included Mori Kenta, the Mayor of Tsuru City."))
                .containsEntry("Mori Kenta", Mention.Type.PERSON);
    }

    @Test
    void splitsAPersonOffTheBodyHeadBeforeIt() {
        assertThat(types("It was witnessed by Deputy Minister of Investment Sari Dewanti."))
                .containsEntry("Sari Dewanti", Mention.Type.PERSON);
    }

    @Test
    void keepsAFamilyNameThatIsAlsoAPlaceInThePersonAfterATitle() {
        assertThat(types("The guest was Mayor Li Men-yen of the city.")).containsEntry("Li Men-yen", Mention.Type.PERSON);
    }

    @Test
    void readsFieldWordsBeforeATitleAsPartOfIt() {
        assertThat(types("She met Ueda Mariko, Hue City's Tourism Ambassador in Shiga Prefecture."))
                .doesNotContainKey("Tourism");
    }

    @Test
    void splitsAPersonWhoseFamilyNameIsAPlaceOffTheFieldBeforeIt() {
        assertThat(types("Vice Minister of Economy, Trade and Industry Kato Haruki opened the seminar."))
                .containsEntry("Kato Haruki", Mention.Type.PERSON);
    }

    @Test
    void doesNotMakeACompanyOfAPersonBeforeAVerbAndAFactory() {
        assertThat(types("Consul General of Japan in Ho Chi Minh City Ono Masuo visited the factory."))
                .containsEntry("Ono Masuo", Mention.Type.PERSON);
    }

    @Test
    void readsANameEndingInAnEventWordAsNoOrganisation() {
        assertThat(types("The Hanoi Tourism Festival and the 2025 Saga Products Week drew crowds."))
                .containsEntry("Hanoi Tourism Festival", Mention.Type.OTHER)
                .containsEntry("Saga Products Week", Mention.Type.OTHER);
    }

    @Test
    void keepsAFamilyNameThatIsAlsoAPlaceInThePersonBeforeATitle() {
        assertThat(types("The panel included Lim Kok Wing, Penang state executive councillor for tourism."))
                .containsEntry("Lim Kok Wing", Mention.Type.PERSON);
    }

    @Test
    void readsANameAfterATitlesPortfolioAsAPerson() {
        assertThat(types("Saxon State Secretary for Economic Affairs Jonas Brandt opened the plant.")).containsEntry(
                "Jonas Brandt", Mention.Type.PERSON);
    }

    @Test
    void takesNoBareGenericWordOrTitleOfAddressForAName() {
        Map<String, Mention.Type> types = types(
                "Chamber president Santos Delfin spoke to Mr. Hoshi. The session was held in Hall B near the Capitol.");
        assertThat(types).doesNotContainKeys("Chamber", "Hall B", "Capitol", "Mr").containsKey("Santos Delfin");
    }

    @Test
    void keepsAGenericWordThatCompletesATitlesPortfolio() {
        assertThat(types("The Deputy Minister of Investment Rina Halim met the delegation."))
                .containsEntry("Rina Halim", Mention.Type.PERSON);
    }

    @Test
    void readsAHeadlinesCapitalisedAndAsTwoNames() {
        assertThat(types("Bohol And Tochigi Renew Ties\nThe two provinces renewed their ties on Monday."))
                .containsKeys("Bohol", "Tochigi");
    }

    @Test
    void neverTakesAVenueForAPerson() {
        assertThat(types("Vice Governor Ueda Shinobu will receive Deputy Governor of Bohol Lito Pacana at City Hall on June 2."))
                .doesNotContainEntry("City Hall", Mention.Type.PERSON).containsEntry("Lito Pacana", Mention.Type.PERSON);
    }

    @Test
    void readsNoNameInANoticesFieldLabels() {
        String text = "NOTICE\nDate of issue: 2024.05.12\nVenue: Marlow Civic Centre\n\nThe Marlow fair opens today.";
        assertThat(types(text)).doesNotContainKey("Date").doesNotContainKey("Venue");
    }

    @Test
    void keepsAPlaceBeforeADatelinesColon() {
        assertThat(types("Penang: The state signed a pact with Oita on Monday.")).containsEntry("Penang", Mention.Type.PLACE);
    }

    @Test
    void readsALoneUnknownNameAfterInOrFromAsAPlace() {
        String text = "The forum was held at a hotel in Tenjinmachi. The delegation also toured a farm near Shikaoi and tasted rice crackers from Yangchon.";
        assertThat(types(text)).containsEntry("Tenjinmachi", Mention.Type.PLACE).containsEntry("Shikaoi", Mention.Type.PLACE)
                .containsEntry("Yangchon", Mention.Type.PLACE);
    }

    @Test
    void readsANameWithAnotherCountrysPlaceDesignatorAsAPlace() {
        String text = "Sleman Regency and the Kulon Progo Regency Government met officials of the Kalasan district and Nemuro Subprefecture.";
        assertThat(types(text)).containsEntry("Sleman Regency", Mention.Type.PLACE)
                .containsEntry("Kulon Progo Regency Government", Mention.Type.ORGANISATION)
                .containsEntry("Kalasan district", Mention.Type.PLACE).containsEntry("Nemuro Subprefecture", Mention.Type.PLACE);
    }
}
