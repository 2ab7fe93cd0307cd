package org.tsunagu.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.agreement.ActivityDecision;
import org.tsunagu.store.agreement.AgreementFollowUp;
import org.tsunagu.store.agreement.AgreementStatus;
import org.tsunagu.store.agreement.CommitmentStatus;
import org.tsunagu.store.agreement.TrackedCommitment;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;

/**
 * The extractor and the store together on the project's agreement samples: a three-year MOU with
 * bulleted commitments and the fair that carries one out (64, 65), the Da Nang–Sakai renewal (45),
 * and a renewal with "agreed to" and bulleted commitments, the agreement it renews, and a three-year
 * memorandum long ended (68); read on a fixed day, then followed up with the review commands.
 */
class AgreementFollowUpSamplesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final List<String> SAMPLES = List.of("45-danang-sakai-portal.txt", "64-muroran-kaohsiung-port-mou.txt",
            "65-muroran-kaohsiung-cruise-fair.txt", "68-quynhon-kurashiki-renewal.txt");

    @TempDir
    static Path folder;

    private static String db;

    @BeforeAll
    static void ingestTheAgreementSamples() throws Exception {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        for (String sample : SAMPLES) {
            Files.copy(Path.of("../examples/articles", sample), articles.resolve(sample));
        }
        db = folder.resolve("kb.db").toString();
        assertThat(CommandRun.of("ingest", "--db", db, articles.toString()).exitCode()).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void readsRenewedExpiredAndInForceAgreementsFromTheSamples() {
        try (Database store = Database.open(db)) {
            assertThat(followUp(store, "Quy Nhon City — Kurashiki (2026").standing().status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(followUp(store, "Quy Nhon City (2020)").standing().status()).isEqualTo(AgreementStatus.RENEWED);
            assertThat(followUp(store, "Hakodate City (2021)").standing().status()).isEqualTo(AgreementStatus.EXPIRED);
            assertThat(followUp(store, "Sakai (2014)").standing().status()).isEqualTo(AgreementStatus.RENEWED);
        }
    }

    @Test
    void keepsCommitmentsFromAnAgreedToSentenceAndFromABulletedList() {
        try (Database store = Database.open(db)) {
            AgreementFollowUp renewal = followUp(store, "Quy Nhon City — Kurashiki (2026");

            assertThat(renewal.agreement().term()).hasValueSatisfying(term -> {
                assertThat(term.years()).isEqualTo(5);
                assertThat(term.renewal()).isTrue();
            });
            assertThat(renewal.standing().expiry()).map(Object::toString).contains("2031-06");
            assertThat(renewal.commitments()).extracting(c -> c.commitment().text()).containsExactly(
                    "hold a joint textile and denim fair every year", "exchange hotel trainees",
                    "Open a tourism information desk at each other's airports",
                    "Support craft companies at each other's trade shows");
        }
    }

    @Test
    void listsTheMouThatExpiresWithinAYearAndItsQuietCommitments() {
        try (Database store = Database.open(db)) {
            assertThat(store.agreementsExpiringWithin(12, DAY)).extracting(a -> a.fact().summary())
                    .containsExactly("MOU: Muroran City — Kaohsiung City (2024-03-13)");
            assertThat(store.agreementsWithQuietCommitments(DAY)).extracting(a -> a.fact().summary())
                    .contains("MOU: Muroran City — Kaohsiung City (2024-03-13)")
                    .doesNotContain("Cooperation agreement: Quy Nhon City — Kurashiki (2026-06-09)");
        }
    }

    @Test
    void confirmsTheFairAsCarryingOutTheMousFirstCommitment() {
        long mou;
        long fair;
        try (Database store = Database.open(db)) {
            AgreementFollowUp followUp = followUp(store, "Muroran City — Kaohsiung City");
            mou = followUp.fact().id();
            fair = followUp.commitments().get(0).activity().get(0).fact();
        }

        CommandRun confirm = CommandRun.of("review", "confirm-activity", "--db", db, "--user", "aiko", String.valueOf(mou),
                String.valueOf(fair), "--commitment", "Hold a joint cruise tourism fair every year");

        assertThat(confirm.exitCode()).as(confirm.err()).isEqualTo(ExitCodes.SUCCESS);
        try (Database store = Database.open(db)) {
            TrackedCommitment fairs = followUp(store, "Muroran City — Kaohsiung City").commitments().get(0);
            assertThat(fairs.activity()).singleElement().satisfies(a -> assertThat(a.decision()).isEqualTo(ActivityDecision.CONFIRMED));
            assertThat(fairs.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        }
    }

    @Test
    void cancelsAnAgreementFromTheCommandLineAndUndoesIt() throws Exception {
        long hakodate;
        try (Database store = Database.open(db)) {
            hakodate = followUp(store, "Hakodate City (2021)").fact().id();
        }

        CommandRun cancel = CommandRun.of("review", "cancel-agreement", "--db", db, "--user", "aiko", "--json",
                String.valueOf(hakodate), "--date", "2023-04", "--reason", "the training centre closed");

        assertThat(cancel.exitCode()).as(cancel.err()).isEqualTo(ExitCodes.SUCCESS);
        try (Database store = Database.open(db)) {
            AgreementFollowUp cancelled = followUp(store, "Hakodate City (2021)");
            assertThat(cancelled.standing().status()).isEqualTo(AgreementStatus.CANCELLED);
            assertThat(cancelled.cancellation()).hasValueSatisfying(c -> {
                assertThat(c.on()).contains("2023-04");
                assertThat(c.reason()).contains("the training centre closed");
            });
        }
        String entry = new ObjectMapper().readTree(cancel.out()).get("id").asText();

        assertThat(CommandRun.of("review", "undo", "--db", db, "--user", "aiko", entry).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        try (Database store = Database.open(db)) {
            assertThat(followUp(store, "Hakodate City (2021)").standing().status()).isEqualTo(AgreementStatus.EXPIRED);
        }
    }

    /** The follow-up, on {@link #DAY}, of the one agreement whose summary contains {@code words}. */
    private static AgreementFollowUp followUp(Database store, String words) {
        List<KnowledgeFact> found = store.knowledgeFacts(KnowledgeQuery.all().withType(FactType.AGREEMENT).withLimit(100)).items()
                .stream().filter(f -> f.summary().contains(words)).toList();
        assertThat(found).as(words).hasSize(1);
        return store.agreementFollowUp(found.get(0).id(), DAY).orElseThrow();
    }
}
