package org.tsunagu.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

/** A person sets a fact's parties, organisers, participants or location to entities of the knowledge base. */
class EntityEditTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;

    @BeforeEach
    void storeAnMouAndAVisit() {
        database = store.database();
        Articles article = Articles.article("harbour",
                "Kitami Trading signed an MOU with Tromso Fisheries. Tromso Fisheries visited Nemuro Port Authority.");
        database.save(article.with(article.mou("signed an MOU", PartialDate.ofYear(2021),
                article.organisation("Kitami Trading"), article.organisation("Tromso Fisheries")),
                article.visit("visited", null, article.organisation("Tromso Fisheries"),
                        article.organisation("Nemuro Port Authority"))));
    }

    @Test
    void replacesAPartyWithAnEntityTheKnowledgeBaseKnowsByName() {
        KnowledgeFact mou = fact(FactType.AGREEMENT);

        database.apply(new Operation.Edit(mou.id(), Map.of("parties", "Kitami Trading; Nemuro Port Authority")), "ema");

        KnowledgeFact edited = database.knowledgeFact(mou.id()).orElseThrow();
        assertThat(((Agreement) edited.fact()).parties()).extracting(EntityRef::name)
                .containsExactly("Kitami Trading", "Nemuro Port Authority");
        assertThat(edited.summary()).contains("Kitami Trading — Nemuro Port Authority");
        assertThat(edited.reviewState()).isEqualTo(ReviewState.EDITED);
        assertThat(edited.edits().get("parties")).isEqualTo("#" + entity("Kitami Trading").id() + "; #"
                + entity("Nemuro Port Authority").id());
    }

    @Test
    void makesANewEntityForANameNoEntityGoesBy() {
        KnowledgeFact visit = fact(FactType.EVENT);

        database.apply(new Operation.Edit(visit.id(), Map.of("location", "Hanasaki Harbour")), "ema");

        Entity created = entity("Hanasaki Harbour");
        assertThat(created.type()).isEqualTo(EntityType.PLACE);
        assertThat(((Event) database.knowledgeFact(visit.id()).orElseThrow().fact()).location())
                .hasValueSatisfying(place -> assertThat(place.name()).isEqualTo("Hanasaki Harbour"));
    }

    @Test
    void showsTheSurvivorWhenTheChosenEntityIsMergedAway() {
        KnowledgeFact mou = fact(FactType.AGREEMENT);
        long port = entity("Nemuro Port Authority").id();
        database.apply(new Operation.Edit(mou.id(), Map.of("parties", "Kitami Trading; #" + port)), "ema");

        database.apply(new Operation.Merge(port, entity("Tromso Fisheries").id()), "ema");

        assertThat(database.knowledgeFact(mou.id()).orElseThrow().summary())
                .contains("Kitami Trading — Tromso Fisheries");
    }

    @Test
    void refusesTwoLocationsAndAnIdOfNoEntity() {
        long visit = fact(FactType.EVENT).id();

        assertThatThrownBy(() -> database.apply(new Operation.Edit(visit, Map.of("location", "Kushiro; Abashiri")), "ema"))
                .isInstanceOf(CurationException.class).hasMessageContaining("location takes one entity");
        assertThatThrownBy(() -> database.apply(new Operation.Edit(visit, Map.of("participants", "#9999")), "ema"))
                .isInstanceOf(CurationException.class).hasMessageContaining("no entity #9999");
        assertThat(database.knowledgeFact(visit).orElseThrow().reviewState()).isEqualTo(ReviewState.PROPOSED);
    }

    private KnowledgeFact fact(FactType type) {
        List<KnowledgeFact> facts = database.knowledgeFacts(KnowledgeQuery.all().withType(type)).items();
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }

    private Entity entity(String name) {
        return database.entities(EntityQuery.all().withText(name)).items().stream()
                .filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
