package org.tsunagu.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Account;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.TestPostgresql;

/** 'db copy' moves a whole knowledge base between SQLite and PostgreSQL and back, losing nothing. */
class DbCopyTest {

    private String postgresql;

    @AfterEach
    void dropTheStore() {
        if (postgresql != null) {
            TestPostgresql.dropStore(postgresql);
        }
    }

    @Test
    void aKnowledgeBaseCopiedFromSqliteToPostgresqlAndBackKeepsItsGraphDecisionsAccountsAndAuditLog(@TempDir Path folder) {
        String first = folder.resolve("first.db").toString();
        String back = folder.resolve("back.db").toString();
        assertThat(CommandRun.of("ingest", "--db", first, "../examples/articles").exitCode()).isZero();
        try (Database database = Database.open(first)) {
            List<KnowledgeFact> facts = database.knowledgeFacts(KnowledgeQuery.all().withLimit(3)).items();
            database.apply(new Operation.Accept(facts.get(0).id()), "reviewer");
            database.apply(new Operation.Reject(facts.get(1).id()), "reviewer");
            database.accounts().add("Reviewer", Role.EDITOR, "a long enough password");
        }
        postgresql = TestPostgresql.createStore();

        CommandRun there = CommandRun.of("db", "copy", "--from", first, "--to", postgresql);
        CommandRun home = CommandRun.of("db", "copy", "--from", postgresql, "--to", back);

        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(home.exitCode()).as(home.err()).isZero();
        assertThat(there.out()).contains("2 audit entries").contains("1 accounts");
        try (Database original = Database.open(first); Database copy = Database.open(postgresql);
                Database copied = Database.open(back)) {
            for (Database database : List.of(copy, copied)) {
                assertThat(database.dump()).isEqualTo(original.dump());
                assertThat(database.auditLog(10)).isEqualTo(original.auditLog(10));
                assertThat(database.accounts().list()).extracting(Account::name, Account::role)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Reviewer", Role.EDITOR));
                assertThat(database.accounts().find("reviewer")).isPresent();
                assertThat(database.counts()).isEqualTo(original.counts());
            }
            assertThat(copied.auditLog(10)).extracting(AuditEntry::user).containsOnly("reviewer");
        }
    }

    @Test
    void refusesToCopyIntoADatabaseThatHoldsSomethingAlready(@TempDir Path folder) {
        String first = folder.resolve("first.db").toString();
        String second = folder.resolve("second.db").toString();
        String article = "../examples/articles/01-quangninh-shizuoka-mou.txt";
        assertThat(CommandRun.of("ingest", "--db", first, article).exitCode()).isZero();
        assertThat(CommandRun.of("ingest", "--db", second, article).exitCode()).isZero();

        CommandRun copy = CommandRun.of("db", "copy", "--from", first, "--to", second);

        assertThat(copy.exitCode()).isNotZero();
        assertThat(copy.err()).contains("the target database is not empty");
    }
}
