package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import org.junit.jupiter.api.Test;
import org.tsunagu.model.fact.Role;

class RoleStageTest {

    @Test
    void readsTheTitleAPlaceOwnsAfterAName() {
        assertThat(facts("The speakers were Anil Menon, Kerala's Minister for Industries, and Ito Jun, mayor of Kochi.",
                Role.class)).anySatisfy(r -> {
                    assertThat(r.person().name()).isEqualTo("Anil Menon");
                    assertThat(r.title()).isEqualTo("Minister for Industries");
                    assertThat(r.org().orElseThrow().name()).isEqualTo("Kerala");
                });
    }

    @Test
    void readsTheTitleBeforeAnOrganisationWhoseNameHoldsAnd() {
        assertThat(facts("The mayor met Director of the Hai Phong Department of Industry and Trade Pham Van Long.",
                Role.class)).anySatisfy(r -> {
                    assertThat(r.person().name()).isEqualTo("Pham Van Long");
                    assertThat(r.title()).isEqualTo("Director");
                    assertThat(r.org().orElseThrow().name()).isEqualTo("Hai Phong Department of Industry and Trade");
                });
    }

    @Test
    void givesACounterpartNoTitleOfAnotherGuest() {
        assertThat(facts("Guests included Wu Lei, president of Foshan Ceramics. Vice Governor Huang Min of Guangdong met "
                + "Kobe officials. Huang and his Hyogo counterpart, Sato Ken, signed the memorandum.", Role.class))
                .noneMatch(r -> r.person().name().equals("Sato Ken") && r.title().equals("President"));
    }

    @Test
    void readsATitleInAppositionAfterADash() {
        Role role = roleOf("Also present were Mrs. Tran Ngoc Anh - Deputy Head of the Provincial Delegation of Deputies; "
                + "Mr. Do Van Hung - Vice Chairman of the Provincial People's Council.", "Tran Ngoc Anh");
        assertThat(role.title()).isEqualTo("Deputy Head");
    }

    @Test
    void readsATitleAfterTheNameAndAnArticle() {
        Role role = roleOf("Mori Kenta, the Mayor of Tsuru City, welcomed the guests.", "Mori Kenta");
        assertThat(role.title()).isEqualTo("Mayor");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Tsuru City");
    }

    @Test
    void readsThePersonAfterABodysOfPhrase() {
        Role role = roleOf("Chairman of the Hai Duong Provincial People’s Committee Pham Quoc Tuan welcomed them.",
                "Pham Quoc Tuan");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Hai Duong Provincial People’s Committee");
    }

    @Test
    void readsThePersonAfterAPortfolioListedWithCommas() {
        Role role = roleOf("Minister of Agriculture, Forestry and Fisheries Kenta Mori attended the event.", "Kenta Mori");
        assertThat(role.title()).isEqualTo("Minister of Agriculture, Forestry and Fisheries");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Ministry of Agriculture, Forestry and Fisheries");
    }

    @Test
    void readsAnAbbreviatedTitleOwnedByThePlaceBeforeIt() {
        Role role = roleOf("Nagano Gov. Hiroshi Abe met the visitors.", "Hiroshi Abe");
        assertThat(role.title()).isEqualTo("Governor");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Nagano");
    }

    @Test
    void keepsActingWithTheTitleAcrossThePlace() {
        Role role = roleOf("Acting Kaohsiung Mayor Chen Chi-mai thanked the guests.", "Chen Chi-mai");
        assertThat(role.title()).isEqualTo("Acting Mayor");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Kaohsiung");
    }

    @Test
    void readsThePersonAfterAnHonorificAfterTheTitle() {
        assertThat(roleOf("Minister of Commerce H.E. Sok Chenda opened the fair.", "Sok Chenda").title())
                .isEqualTo("Minister of Commerce");
    }

    @Test
    void readsThePersonAfterACountrySetOffByCommas() {
        assertThat(roleOf("The Mayor of Kanie town, Japan, Hideo Yokoyama, visited the port.", "Hideo Yokoyama").title())
                .isEqualTo("Mayor");
    }

    @Test
    void givesEachTitleOfACompoundTheNameAfterTheLast() {
        assertThat(facts("Deputy Secretary of the Ha Nam Party Committee and Mayor of Phu Ly Le Van Minh chaired it.",
                Role.class)).filteredOn(r -> r.person().name().equals("Le Van Minh")).extracting(Role::title)
                .containsExactlyInAnyOrder("Deputy Secretary", "Mayor");
    }

    @Test
    void readsTitlesJoinedByAndAsOneRole() {
        assertThat(facts("The pact was signed by Lee Min-jun, President and CEO, KOTRA.", Role.class))
                .singleElement().satisfies(r -> {
                    assertThat(r.title()).isEqualTo("President and CEO");
                    assertThat(r.org().orElseThrow().name()).isEqualTo("KOTRA");
                });
    }

    @Test
    void givesNoTitleToAGuestAfterTheVerb() {
        assertThat(facts("Mr. Lo Van Tien - Standing Deputy Secretary of the Provincial Party Committee welcomed "
                + "Mr. Morikawa Shunta.", Role.class)).noneMatch(r -> r.person().name().equals("Morikawa Shunta"));
    }

    @Test
    void readsFieldWordsBeforeATitleAsPartOfIt() {
        Role role = roleOf("Ms. Ueda Mariko, Hue City’s Tourism Ambassador in Shiga Prefecture, spoke.", "Ueda Mariko");
        assertThat(role.title()).isEqualTo("Tourism Ambassador");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Hue City");
    }

    @Test
    void readsLowerCaseFieldWordsBeforeALowerCaseTitleAsWritten() {
        Role role = roleOf("The talks were led by the trade minister of Osaka, Jiro Ito.", "Jiro Ito");
        assertThat(role.title()).isEqualTo("trade minister");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Osaka");
    }

    @Test
    void givesATitleAfterAndThePersonAfterItsPhraseNotTheOneBeforeTheAnd() {
        assertThat(facts("Guests included the mayor of Kyoto, Taro Sato, and the governor of Osaka, Jiro Ito.", Role.class))
                .extracting(r -> r.person().name() + " / " + r.title())
                .containsExactlyInAnyOrder("Taro Sato / Mayor", "Jiro Ito / Governor");
    }

    @Test
    void readsADiplomaticTitleWithItsGradeAsOneTitle() {
        Role role = roleOf("The mayor received the Ambassador Extraordinary and Plenipotentiary of Norway, Mr. Per Olsen.",
                "Per Olsen");
        assertThat(role.title()).isEqualTo("Ambassador Extraordinary and Plenipotentiary");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Norway");
    }

    @Test
    void givesABodyNamedByItsLevelThePlaceBeforeIt() {
        Role role = roleOf("Representing Quang Nam Province were Mr. Le Van Dung, Deputy Secretary of the Provincial "
                + "Party Committee, and others.", "Le Van Dung");
        assertThat(role.org().orElseThrow().name()).isEqualTo("Quang Nam Provincial Party Committee");
    }

    @Test
    void dropsARoleMetAgainWithTheNameSpeltDifferently() {
        assertThat(facts("Minister Chileshe Mwanakatwe of Luapula Province spoke first. Later, Minister Mwanakatve left.",
                Role.class)).extracting(r -> r.person().name()).containsExactly("Chileshe Mwanakatwe");
        assertThat(facts("Governor Tran Van Minh of Hue spoke first. Later, Governor Tran VanMinh left.", Role.class))
                .extracting(r -> r.person().name()).containsExactly("Tran Van Minh");
    }

    @Test
    void givesNoTitleToACompanyWhoseNameBeginsWithATitleWord() {
        assertThat(facts("Firms including Velox, Premier Energy and Orion Steel confirmed new plants in the state.",
                Role.class)).isEmpty();
    }

    @Test
    void dropsARoleMetAgainWithFewerWords() {
        assertThat(facts("Governor Anna Marie Berg of Vermont spoke first. Later, Governor Anna Berg left.", Role.class))
                .singleElement().satisfies(r -> assertThat(r.person().name()).isEqualTo("Anna Marie Berg"));
    }

    @Test
    void givesTheTitleToThePersonItsPhraseRunsInto() {
        assertThat(facts("The delegation included Chief Executive Officer Kato Ren, Director of the Foreign Relations "
                + "Division of the Japanese Parliament Iwata Sho, and others.", Role.class))
                .noneMatch(r -> r.person().name().equals("Kato Ren") && r.title().equals("Director"))
                .anyMatch(r -> r.person().name().equals("Iwata Sho") && r.title().equals("Director"));
    }

    @Test
    void givesATitleSetOffByCommasToTheNameBefore() {
        assertThat(facts("At a session with Kim Do-yun, head of the Mapo District Office in Seoul, Tran Tuan praised "
                + "the ties.", Role.class)).singleElement().satisfies(r -> assertThat(r.person().name()).isEqualTo("Kim Do-yun"));
    }

    @Test
    void givesAnEnvoyPostedInACityTheCountryBeforeTheTitle() {
        assertThat(roleOf("Korean Consul General in Fukuoka, Park Sang-min, attended.", "Park Sang-min").org().orElseThrow()
                .name()).isEqualTo("South Korea");
    }

    private static Role roleOf(String text, String person) {
        return facts(text, Role.class).stream().filter(r -> r.person().name().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no role of " + person + " in " + facts(text, Role.class)));
    }

    @Test
    void readsACapitalisedTitleGlossedInBracketsAfterTheName() {
        assertThat(facts("Mr. Do Quang Minh (Director of the Soc Trang Department of Agriculture) presented the plan.",
                Role.class)).anySatisfy(r -> {
                    assertThat(r.person().name()).isEqualTo("Do Quang Minh");
                    assertThat(r.title()).isEqualTo("Director");
                    assertThat(r.org().orElseThrow().name()).isEqualTo("Soc Trang Department of Agriculture");
                });
    }

    @Test
    void givesNoTitleForAPartPlayedOnATripInBrackets() {
        assertThat(facts("The guests were Mayor Koga Ren and Endo Mai (head of delegation).", Role.class))
                .noneMatch(r -> r.person().name().equals("Endo Mai"));
    }

    @Test
    void readsATitleOwnedByABodyNamedByItsCommonNoun() {
        assertThat(facts("Dr. Kiran Bose, the bank's managing director, met the investors.", Role.class))
                .anySatisfy(r -> {
                    assertThat(r.person().name()).isEqualTo("Kiran Bose");
                    assertThat(r.title()).isEqualTo("Managing Director");
                });
    }
}
