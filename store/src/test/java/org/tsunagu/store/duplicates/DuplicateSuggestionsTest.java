package org.tsunagu.store.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class DuplicateSuggestionsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private static void mou(Database database, String name, String text, String firm, String partner) {
        save(database, name, text, firm, partner);
    }

    private static void save(Database database, String name, String text, String... parties) {
        Articles article = Articles.article(name, text);
        database.save(article.with(article.mou("signed", PartialDate.ofYear(2021),
                Arrays.stream(parties).map(article::organisation).toArray(EntityRef[]::new))));
    }

    @Test
    void ranksAlikeNamesWithPartnersInCommonAboveMoreAlikeNamesAlone() {
        Database database = store.database();
        save(database, "one", "Harunobu Ceramics signed an MOU with Lakeside Trade Council and Orchard Guild.",
                "Harunobu Ceramics", "Lakeside Trade Council", "Orchard Guild");
        save(database, "two", "Harunobu Ceramic Works signed an MOU with Lakeside Trade Council and Orchard Guild.",
                "Harunobu Ceramic Works", "Lakeside Trade Council", "Orchard Guild");
        save(database, "three", "Harunobu Ceramica signed an MOU with Tidewater Port Board.", "Harunobu Ceramica",
                "Tidewater Port Board");

        List<DuplicateSuggestion> suggestions = database.suggestedDuplicates(Optional.empty(), 10);

        assertThat(suggestions).extracting(s -> s.first().name() + " / " + s.second().name()).startsWith(
                "Harunobu Ceramics / Harunobu Ceramic Works", "Harunobu Ceramics / Harunobu Ceramica");
        assertThat(suggestions.get(0).nameSimilarity()).isLessThan(suggestions.get(1).nameSimilarity());
        assertThat(suggestions.get(0).score()).isGreaterThan(suggestions.get(1).score());
        assertThat(suggestions.get(0).reasons()).containsExactly(
                "names 95% alike (Jaro-Winkler): Harunobu Ceramics / Harunobu Ceramic Works",
                "2 shared neighbours in the graph");
        assertThat(suggestions.get(1).reasons()).containsExactly(
                "names 98% alike (Jaro-Winkler): Harunobu Ceramics / Harunobu Ceramica");
    }

    @Test
    void suggestsTheSameWordsInAnotherOrderAsOneFingerprint() {
        Database database = store.database();
        mou(database, "one", "Marlow Shipping Group signed an MOU with Okabe Port.", "Marlow Shipping Group",
                "Okabe Port");
        mou(database, "two", "Group Marlow Shipping signed an MOU with Riverbend Council.", "Group Marlow Shipping",
                "Riverbend Council");

        List<DuplicateSuggestion> suggestions = database.suggestedDuplicates(Optional.of(EntityType.ORGANISATION), 10);

        assertThat(suggestions).first().satisfies(s -> {
            assertThat(s.sameFingerprint()).isTrue();
            assertThat(s.reasons().get(0)).isEqualTo("same words: Marlow Shipping Group / Group Marlow Shipping");
        });
    }

    @Test
    void neverPairsEntitiesOfDifferentKinds() {
        Database database = store.database();
        Articles article = Articles.article("kinds", "Brightwater signed an MOU with Brightwater Holdings.");
        database.save(article.with(article.mou("signed", PartialDate.ofYear(2020), article.place("Brightwater"),
                article.organisation("Brightwater Holdings"))));
        Articles other = Articles.article("kinds2", "Brightwatar signed an MOU with Brightwater Holding.");
        database.save(other.with(other.mou("signed", PartialDate.ofYear(2020), other.organisation("Brightwatar"),
                other.organisation("Brightwater Holding"))));

        List<DuplicateSuggestion> suggestions = database.suggestedDuplicates(Optional.empty(), 10);

        assertThat(suggestions).isNotEmpty().allSatisfy(s -> assertThat(s.first().type()).isEqualTo(s.second().type()));
        assertThat(suggestions).extracting(s -> s.first().name() + " / " + s.second().name())
                .contains("Brightwater Holdings / Brightwater Holding").doesNotContain("Brightwater / Brightwatar");
    }

    @Test
    void neverSuggestsNamesThatDifferInAWordThatTellsThemApart() {
        Database database = store.database();
        mou(database, "one", "Ashby Chamber of Commerce and Industry signed an MOU with Selby Chamber of Commerce and "
                + "Industry.", "Ashby Chamber of Commerce and Industry", "Selby Chamber of Commerce and Industry");
        Articles article = Articles.article("two", "Okabe Rintaro met Okabe Ryota.");
        database.save(article.with(article.visit("met", null, article.person("Okabe Rintaro"), article.person("Okabe Ryota"))));

        assertThat(database.suggestedDuplicates(Optional.empty(), 10)).isEmpty();
    }

    @Test
    void suggestsNothingWhenNoNamesAreAlike() {
        Database database = store.database();
        mou(database, "one", "Quillfeather Press signed an MOU with Orchard Valley.", "Quillfeather Press",
                "Orchard Valley");

        assertThat(database.suggestedDuplicates(Optional.empty(), 10)).isEmpty();
    }
}
