package org.tsunagu.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.TemporaryDatabase;

/** Renaming an entity, correcting its type and its place, and where a merged entity's id leads. */
class EntityCurationTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private static Extraction mou(String name, String text, String first, String second) {
        Articles article = Articles.article(name, text);
        return article.with(article.mou("signed", PartialDate.ofYear(2022), article.organisation(first),
                article.organisation(second)));
    }

    private static Extraction visit(String name, String text, String place, String visitor) {
        Articles article = Articles.article(name, text);
        return article.with(article.visit("visited", article.place(place), article.organisation(visitor)));
    }

    @Test
    void keepsTheChosenNameWhenLaterArticlesUseTheOldOneMore() {
        Database database = store.database();
        database.save(mou("one", "Pemberton Mills signed an MOU with Ashgrove Council.", "Pemberton Mills",
                "Ashgrove Council"));
        long mills = EntityIds.of(database, "Pemberton Mills");

        AuditEntry entry = database.apply(new Operation.Rename(mills, "Pemberton Textile Mills Ltd."), "iris");
        database.save(mou("two", "Pemberton Mills signed an MOU with Ashgrove Council again.", "Pemberton Mills",
                "Ashgrove Council"));
        database.save(mou("three", "Pemberton Mills signed an MOU with Cobalt Bay.", "Pemberton Mills", "Cobalt Bay"));

        Entity renamed = database.entity(mills).orElseThrow();
        assertThat(renamed.name()).isEqualTo("Pemberton Textile Mills Ltd.");
        assertThat(renamed.aliases()).contains("Pemberton Mills", "Pemberton Textile Mills Ltd.");
        assertThat(entry.operation()).isEqualTo("{\"op\":\"rename\",\"entity\":" + mills
                + ",\"name\":\"Pemberton Textile Mills Ltd.\"}");
        assertThat(entry.before()).contains("\"name\":\"Pemberton Mills\"");
        assertThat(entry.after()).contains("\"name\":\"Pemberton Textile Mills Ltd.\"");
    }

    @Test
    void aMentionByTheNewNameJoinsTheRenamedEntity() {
        Database database = store.database();
        database.save(mou("one", "Pemberton Mills signed an MOU with Ashgrove Council.", "Pemberton Mills",
                "Ashgrove Council"));
        long mills = EntityIds.of(database, "Pemberton Mills");
        database.apply(new Operation.Rename(mills, "Pemberton Textiles"), "iris");

        database.save(mou("two", "Pemberton Textiles signed an MOU with Cobalt Bay.", "Pemberton Textiles", "Cobalt Bay"));

        assertThat(EntityIds.of(database, "Pemberton Textiles")).isEqualTo(mills);
        assertThat(database.entity(mills).orElseThrow().mentions()).isEqualTo(2);
    }

    @Test
    void correctsTheTypeOfAnEntityReadAsTheWrongKind() {
        Database database = store.database();
        database.save(mou("one", "Glenmoor signed an MOU with Ashgrove Council.", "Glenmoor", "Ashgrove Council"));
        long glenmoor = EntityIds.of(database, "Glenmoor");

        AuditEntry entry = database.apply(new Operation.SetType(glenmoor, EntityType.PLACE), "iris");

        assertThat(database.entity(glenmoor).orElseThrow().type()).isEqualTo(EntityType.PLACE);
        assertThat(entry.before()).contains("\"type\":\"organisation\"");
        assertThat(entry.after()).contains("\"type\":\"place\"");
        assertThatThrownBy(() -> database.apply(new Operation.SetType(glenmoor, EntityType.PLACE), "iris"))
                .isInstanceOf(CurationException.class).hasMessageContaining("already a place");
    }

    @Test
    void putsAPlaceWithinAnotherAndRefusesACycle() {
        Database database = store.database();
        database.save(visit("one", "The delegation of Ashgrove Council visited Larkspur Vale.", "Larkspur Vale",
                "Ashgrove Council"));
        database.save(visit("two", "The delegation of Ashgrove Council visited Thornbury Shire.", "Thornbury Shire",
                "Ashgrove Council"));
        long vale = EntityIds.of(database, "Larkspur Vale");
        long shire = EntityIds.of(database, "Thornbury Shire");
        long council = EntityIds.of(database, "Ashgrove Council");

        database.apply(new Operation.SetParent(vale, OptionalLong.of(shire)), "iris");

        assertThat(database.entity(vale).orElseThrow().parent()).contains("Thornbury Shire");
        assertThat(database.entityProfile(shire).orElseThrow().places()).extracting(p -> p.name())
                .containsExactly("Larkspur Vale");
        assertThatThrownBy(() -> database.apply(new Operation.SetParent(shire, OptionalLong.of(vale)), "iris"))
                .isInstanceOf(CurationException.class).hasMessageContaining("lies within it");
        assertThatThrownBy(() -> database.apply(new Operation.SetParent(vale, OptionalLong.of(council)), "iris"))
                .hasMessageContaining("not a place");

        database.apply(new Operation.SetParent(vale, OptionalLong.empty()), "iris");
        assertThat(database.entity(vale).orElseThrow().parent()).isEmpty();
    }

    @Test
    void aMergeKeepsTheSurvivingNameAPersonChose() {
        Database database = store.database();
        database.save(mou("one", "Pemberton Mills signed an MOU with Ashgrove Council.", "Pemberton Mills",
                "Ashgrove Council"));
        database.save(mou("two", "Pemberton Mill Co signed an MOU with Cobalt Bay.", "Pemberton Mill Co", "Cobalt Bay"));
        database.save(mou("three", "Pemberton Mill Co signed an MOU with Ashgrove Council.", "Pemberton Mill Co",
                "Ashgrove Council"));
        long mills = EntityIds.of(database, "Pemberton Mills");
        long co = EntityIds.of(database, "Pemberton Mill Co");

        database.apply(new Operation.Merge(co, mills, Optional.of("Pemberton Mills")), "iris");

        Entity survivor = database.entity(mills).orElseThrow();
        assertThat(survivor.name()).isEqualTo("Pemberton Mills");
        assertThat(survivor.aliases()).containsExactlyInAnyOrder("Pemberton Mills", "Pemberton Mill Co");
        assertThat(database.entity(co)).isEmpty();

        database.apply(new Operation.Split(mills, List.of("Pemberton Mills")), "iris");
        assertThat(database.entity(mills).orElseThrow().name()).isEqualTo("Pemberton Mill Co");
    }

    @Test
    void aMergedEntitysIdLeadsToItsSurvivorAfterChainedMergesAndARestart(@TempDir Path folder) {
        String file = folder.resolve("kb.db").toString();
        long first;
        long second;
        long third;
        try (Database database = Database.open(file)) {
            database.save(mou("one", "Pemberton Mills signed an MOU with Ashgrove Council.", "Pemberton Mills",
                    "Ashgrove Council"));
            database.save(mou("two", "Pemberton Mill Co signed an MOU with Cobalt Bay.", "Pemberton Mill Co", "Cobalt Bay"));
            database.save(mou("three", "Pemberton Ltd signed an MOU with Cobalt Bay.", "Pemberton Ltd", "Cobalt Bay"));
            first = EntityIds.of(database, "Pemberton Mills");
            second = EntityIds.of(database, "Pemberton Mill Co");
            third = EntityIds.of(database, "Pemberton Ltd");
            database.apply(new Operation.Merge(first, second), "iris");
            database.apply(new Operation.Merge(second, third), "iris");
        }

        try (Database reopened = Database.open(file)) {
            assertThat(reopened.survivorOf(first)).contains(third);
            assertThat(reopened.survivorOf(second)).contains(third);
            assertThat(reopened.survivorOf(third)).isEmpty();
            assertThat(reopened.survivorOf(999_999)).isEmpty();
        }
    }
}
