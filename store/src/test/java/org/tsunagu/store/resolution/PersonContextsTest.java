package org.tsunagu.store.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

class PersonContextsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @TempDir
    Path folder;

    private static Extraction governorInFull() {
        return role("gunma-visit", "Governor of Gunma Prefecture Yamamoto Ichita visited Da Nang in May.",
                "Yamamoto Ichita", "Governor", "Gunma Prefecture");
    }

    private static Extraction governorByFamilyName() {
        return role("gunma-said", "Governor Yamamoto of Gunma said the visit went well.", "Yamamoto", "Governor",
                "Gunma");
    }

    private static Extraction governorInJapanese() {
        return role("gunma-ja", "Mr. Yamamoto, governor of 群馬県, opened the fair.", "Mr. Yamamoto", "governor", "群馬県");
    }

    private static Extraction mayorOfSakai() {
        return role("sakai-mayor", "Mayor Yamamoto of Sakai City greeted the delegation.", "Yamamoto", "Mayor",
                "Sakai City");
    }

    private static Extraction viceGovernor() {
        return role("gunma-vice", "Vice Governor Yamamoto of Gunma Prefecture signed for the prefecture.", "Yamamoto",
                "Vice Governor", "Gunma Prefecture");
    }

    private static Extraction earlierGovernorInFull() {
        return role("gunma-2008", "In 2008 Governor Yamamoto Taro of Gunma Prefecture met traders.", "Yamamoto Taro",
                "Governor", "Gunma Prefecture");
    }

    /** An article whose one fact is a person's title at a place. */
    private static Extraction role(String name, String text, String person, String title, String place) {
        Articles a = Articles.article(name, text);
        return a.with(a.role(a.person(person), title, a.place(place)));
    }

    @Test
    void joinsAGovernorNamedByFamilyNameToTheGovernorNamedInFullElsewhere() {
        for (List<Extraction> order : List.of(List.of(governorInFull(), governorByFamilyName()),
                List.of(governorByFamilyName(), governorInFull()))) {
            try (Database database = Database.open(folder.resolve(order.get(0).document().name() + ".db").toString())) {
                order.forEach(database::save);

                assertThat(persons(database)).containsExactly(Set.of("Yamamoto", "Yamamoto Ichita"));
                KnowledgeFact role = database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.ROLE)).items().get(0);
                assertThat(role.sources()).extracting(s -> s.document())
                        .containsExactlyInAnyOrder("gunma-visit", "gunma-said");
            }
        }
    }

    @Test
    void comparesTitlesFoldedAndPlacesByTheirResolvedEntity() {
        Database database = store.database();
        database.save(governorInFull());
        database.save(governorInJapanese());

        assertThat(persons(database)).containsExactly(Set.of("Mr. Yamamoto", "Yamamoto Ichita"));
    }

    @Test
    void keepsAMayorOfAnotherCityAndAViceGovernorApart() {
        Database database = store.database();
        database.save(governorInFull());
        database.save(mayorOfSakai());
        database.save(viceGovernor());

        assertThat(persons(database)).containsExactlyInAnyOrder(Set.of("Yamamoto Ichita"), Set.of("Yamamoto"),
                Set.of("Yamamoto"));
    }

    @Test
    void keepsTwoGovernorsOfOneFamilyNameApartAndTheFamilyNameAloneInEveryOrder() {
        List<Extraction> documents = List.of(governorInFull(), governorByFamilyName(), earlierGovernorInFull());
        Set<String> dumps = new TreeSet<>();
        for (List<Extraction> order : permutations(documents)) {
            String name = order.stream().map(e -> e.document().name()).collect(Collectors.joining("+"));
            try (Database database = Database.open(folder.resolve(name + ".db").toString())) {
                order.forEach(database::save);

                assertThat(persons(database)).as(name).containsExactlyInAnyOrder(Set.of("Yamamoto Ichita"),
                        Set.of("Yamamoto Taro"), Set.of("Yamamoto"));
                assertThat(database.knowledgeFacts(KnowledgeQuery.all().withType(FactType.ROLE)).items())
                        .as(name).allSatisfy(f -> assertThat(f.sources()).hasSize(1));
                dumps.add(database.dump());
            }
        }
        assertThat(dumps).hasSize(1);
    }

    @Test
    void joinsOnceTheOrganisationsTurnOutToBeOne() {
        Articles full = Articles.article("jetro-full",
                "President Ishiguro Kazuhiko of the Japan External Trade Organization spoke first.");
        Articles short_ = Articles.article("jetro-short", "President Ishiguro of JETRO closed the forum.");
        Articles both = Articles.article("jetro-both", "The Japan External Trade Organization (JETRO) opened an office.");
        List<Extraction> documents = List.of(
                full.with(full.role(full.person("Ishiguro Kazuhiko"), "President",
                        full.organisation("Japan External Trade Organization"))),
                short_.with(short_.role(short_.person("Ishiguro"), "President", short_.organisation("JETRO"))),
                both.with(both.visit("opened", null, both.organisation("Japan External Trade Organization (JETRO)"))));
        Set<String> dumps = new TreeSet<>();
        for (List<Extraction> order : permutations(documents)) {
            String name = order.stream().map(e -> e.document().name()).collect(Collectors.joining("+"));
            try (Database database = Database.open(folder.resolve(name + ".db").toString())) {
                order.forEach(database::save);

                assertThat(persons(database)).as(name).containsExactly(Set.of("Ishiguro", "Ishiguro Kazuhiko"));
                dumps.add(database.dump());
            }
        }
        assertThat(dumps).hasSize(1);
    }

    @Test
    void readsMisterAsNoPartOfTheName() {
        Articles a = Articles.article("nguyen", "Chairman Nguyen Van An met the press. Mr. An thanked the guests.");
        store.database().save(a.with(a.role(a.person("Nguyen Van An"), "Chairman", null),
                a.visit("thanked", null, a.person("Mr. An"))));

        assertThat(persons(store.database())).containsExactly(Set.of("Mr. An", "Nguyen Van An"));
    }

    /** Each person's aliases. */
    private static List<Set<String>> persons(Database database) {
        return database.entities(EntityQuery.all().withType(EntityType.PERSON)).items().stream()
                .map(e -> Set.copyOf(e.aliases())).toList();
    }

    private static List<List<Extraction>> permutations(List<Extraction> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Extraction>> all = new ArrayList<>();
        for (Extraction first : items) {
            List<Extraction> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Extraction> tail : permutations(rest)) {
                List<Extraction> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
