package org.tsunagu.store.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;

class WatchlistsTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private long mika;

    @BeforeEach
    void anAccount() {
        mika = store.database().accounts().add("mika", Role.VIEWER, "a password of mika").id();
    }

    @Test
    void listsOnlyFactsFirstReportedAfterTheLastVisit() {
        Database database = store.database();
        database.save(signing("toyama-kaohsiung", "Toyama Prefecture signed an MOU with Kaohsiung City on 2 May 2024.",
                "Toyama Prefecture", "Kaohsiung City"));
        long toyama = EntityIds.of(database, "Toyama Prefecture");
        Watchlist watch = database.watchlists().follow(mika, WatchKind.ENTITY, String.valueOf(toyama), "Toyama Prefecture");
        Instant visited = ingestedAt(database, "toyama-kaohsiung");

        database.save(signing("toyama-kaohsiung-again", "On 2 May 2024 Toyama Prefecture signed an MOU with Kaohsiung"
                + " City, a reporter wrote again.", "Toyama Prefecture", "Kaohsiung City"));
        database.save(signing("toyama-vladivostok", "Toyama Prefecture signed an MOU with Vladivostok on 9 June 2025.",
                "Toyama Prefecture", "Vladivostok"));

        List<WatchedFact> since = database.watchedItems().aboutEntity(toyama, visited, 50);
        assertThat(since).as("new since a visit at the very moment the first article was ingested")
                .extracting(WatchedFact::summary).singleElement().asString().contains("Vladivostok");
        assertThat(since.get(0).sentence()).isEqualTo("Toyama Prefecture signed an MOU with Vladivostok on 9 June 2025.");
        assertThat(database.watchedItems().aboutEntity(toyama, visited.minusNanos(1_000), 50))
                .as("a moment before the first article").hasSize(2);
        assertThat(database.watchedItems().aboutEntity(toyama, since.get(0).firstIngested(), 50))
                .as("a visit at the moment the newest fact arrived").isEmpty();
        assertThat(watch.lastVisit()).as("a new watchlist shows only what comes after it").isAfterOrEqualTo(visited);
    }

    @Test
    void markingAVisitMovesEveryWatchlistOfTheAccountOnly() {
        Watchlist mine = store.database().watchlists().follow(mika, WatchKind.SECTOR, "tourism", "tourism");
        long other = store.database().accounts().add("ren", Role.VIEWER, "a password of ren").id();
        Watchlist theirs = store.database().watchlists().follow(other, WatchKind.SECTOR, "tourism", "tourism");
        Instant later = mine.lastVisit().plusSeconds(60);

        store.database().watchlists().markVisited(mika, later);

        assertThat(store.database().watchlists().find(mika, mine.id()).orElseThrow().lastVisit()).isEqualTo(later);
        assertThat(store.database().watchlists().find(other, theirs.id()).orElseThrow().lastVisit())
                .isEqualTo(theirs.lastVisit());
        assertThat(store.database().watchlists().find(other, mine.id())).as("another account's watchlist").isEmpty();
    }

    @Test
    void followingTwiceKeepsOneWatchlistAndUnfollowingRemovesIt() {
        Watchlist first = store.database().watchlists().follow(mika, WatchKind.SEARCH, "/search?q=MOU", "MOU");
        Watchlist again = store.database().watchlists().follow(mika, WatchKind.SEARCH, "/search?q=MOU", "MOU");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.database().watchlists().unfollow(mika, first.id())).isTrue();
        assertThat(store.database().watchlists().of(mika)).isEmpty();
        assertThatThrownBy(() -> store.database().watchlists().follow(mika, WatchKind.SECTOR, " ", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsNewProductsOfAFollowedCategoryWhateverItsCase() {
        Database database = store.database();
        Articles article = Articles.article("persimmons", "Dried persimmons from Gifu were shown to buyers.");
        database.save(article.with(article.product("Dried persimmons", article.place("Gifu"))));

        assertThat(database.watchedItems().inSector("FOOD", Instant.EPOCH, 10)).extracting(WatchedFact::type)
                .containsExactly("product");
        assertThat(database.watchedItems().inSector("tourism", Instant.EPOCH, 10)).isEmpty();
        assertThat(database.watchedItems().sectors(10)).contains("food");
    }

    private static Extraction signing(String name, String text, String first, String second) {
        Articles article = Articles.article(name, text);
        return article.with(article.mou("signed", PartialDate.ofYear(2024), article.place(first), article.place(second)));
    }

    private static Instant ingestedAt(Database database, String name) {
        return database.documents(100, 0).items().stream().filter(d -> d.name().equals(name)).findFirst()
                .map(d -> Instant.parse(d.ingestedAt())).orElseThrow();
    }
}
