package org.tsunagu.store.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.store.testing.Samples;
import org.tsunagu.store.testing.TemporaryDatabase;

class AuditLogTest {

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    private Database database;
    private KnowledgeFact agreement;
    private KnowledgeFact investment;

    @BeforeEach
    void twoDecisionsByTwoPeople() {
        database = store.database();
        database.save(Samples.jetroChongqing());
        database.save(Samples.daNangSakai());
        agreement = only(FactType.AGREEMENT);
        investment = only(FactType.INVESTMENT);
        database.apply(new Operation.Accept(agreement.id()), "aiko");
        database.apply(new Operation.Reject(investment.id()), "bao");
    }

    @Test
    void filtersByThePersonWhoMadeTheChange() {
        Page<AuditEntry> page = database.auditLog(AuditQuery.all().withUser("bao"));

        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).extracting(AuditEntry::target).containsExactly("fact:" + investment.id());
    }

    @Test
    void filtersByAnEntityThroughTheFactsItTakesPartIn() {
        long jetro = EntityIds.of(database, "JETRO");

        Page<AuditEntry> page = database.auditLog(AuditQuery.all().withEntity(jetro));

        assertThat(page.items()).extracting(AuditEntry::user).containsExactly("aiko");
    }

    @Test
    void findsAMergeByTheEntityMergedAwayAndTheOneThatRemains() {
        long jetro = EntityIds.of(database, "JETRO");
        long chongqing = EntityIds.of(database, "Chongqing Municipal Government");
        database.apply(new Operation.Merge(jetro, chongqing), "chi");

        assertThat(database.auditLog(AuditQuery.all().withEntity(jetro).withUser("chi")).total()).isEqualTo(1);
        assertThat(database.auditLog(AuditQuery.all().withEntity(chongqing).withUser("chi")).total()).isEqualTo(1);
    }

    @Test
    void filtersByDayFromAndToInclusive() throws Exception {
        try (Connection connection = DriverManager.getConnection(store.jdbcUrl());
                PreparedStatement older = connection.prepareStatement("UPDATE audit_log SET at = ? WHERE user_name = ?")) {
            older.setString(1, "2025-03-04T23:59:59Z");
            older.setString(2, "aiko");
            older.executeUpdate();
        }
        LocalDate day = LocalDate.of(2025, 3, 4);

        assertThat(users(AuditQuery.all().withFrom(day).withTo(day))).containsExactly("aiko");
        assertThat(users(AuditQuery.all().withFrom(day.plusDays(1)))).containsExactly("bao");
        assertThat(users(AuditQuery.all().withTo(day.minusDays(1)))).isEmpty();
    }

    @Test
    void pagesNewestFirstWithTheTotal() {
        Page<AuditEntry> second = database.auditLog(AuditQuery.all().withLimit(1).withOffset(1));

        assertThat(second.total()).isEqualTo(2);
        assertThat(second.items()).extracting(AuditEntry::user).containsExactly("aiko");
    }

    private List<String> users(AuditQuery query) {
        return database.auditLog(query).items().stream().map(AuditEntry::user).toList();
    }

    private KnowledgeFact only(FactType type) {
        List<KnowledgeFact> facts = database.knowledgeFacts(KnowledgeQuery.all().withType(type)).items();
        assertThat(facts).hasSize(1);
        return facts.get(0);
    }
}
