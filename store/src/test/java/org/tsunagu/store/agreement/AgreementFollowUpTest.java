package org.tsunagu.store.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.AgreementTerm;
import org.tsunagu.model.fact.Commitment;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.review.Curation;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

/** An agreement's term, status and commitments, kept in a real SQLite file and followed up by editors. */
class AgreementFollowUpTest {

    private static final String SIGNED_BY_THE_MAYOR = "Mayor Tanaka Ichiro signed a memorandum between Otaru and "
            + "Vladivostok on port cooperation.";

    private static final String TEXT = "Otaru and Nakhodka signed a memorandum on ferry tourism. "
            + "Both sides agreed to hold regular dialogues and support companies at trade shows.";

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    /** Saves the MOU, signed {@code monthsAgo} months before today, reported on that day, running for {@code termMonths}. */
    private long saveMou(int monthsAgo, int termMonths) {
        Articles article = Articles.article("otaru-nakhodka", TEXT);
        LocalDate signed = LocalDate.now().minusMonths(monthsAgo).withDayOfMonth(1);
        PartialDate date = PartialDate.of(signed);
        Agreement mou = article.mou("signed", date, article.place("Otaru"), article.place("Nakhodka")).withTerms(
                Optional.of(AgreementTerm.ofLength(termMonths / 12, termMonths % 12, false, article.span("memorandum"))),
                List.of(new Commitment(Commitment.BOTH, "hold regular dialogues", article.span("hold regular dialogues")),
                        new Commitment(Commitment.BOTH, "support companies at trade shows",
                                article.span("support companies at trade shows"))));
        Database database = store.database();
        database.save(new Extraction(article.document(), Optional.of(date), List.of(mou)));
        return database.knowledgeFactIds(KnowledgeQuery.all().withType(FactType.AGREEMENT)).get(0);
    }

    @Test
    void keepsTheTermAndCommitmentsWithTheAgreement() {
        long id = saveMou(6, 36);

        AgreementFollowUp followUp = store.database().agreementFollowUp(id).orElseThrow();

        assertThat(followUp.agreement().term()).map(AgreementTerm::years).contains(3);
        assertThat(followUp.standing().status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(followUp.commitments()).extracting(c -> c.commitment().text(), TrackedCommitment::status)
                .containsExactly(tuple("hold regular dialogues", CommitmentStatus.PLANNED),
                        tuple("support companies at trade shows", CommitmentStatus.PLANNED));
    }

    @Test
    void marksACommitmentDoneWithAnAuditEntry() {
        long id = saveMou(6, 36);

        store.database().apply(new Operation.SetCommitmentStatus(id, "hold regular dialogues", CommitmentStatus.DONE), "alice");

        AgreementFollowUp followUp = store.database().agreementFollowUp(id).orElseThrow();
        TrackedCommitment done = followUp.commitments().get(0);
        assertThat(done.status()).isEqualTo(CommitmentStatus.DONE);
        assertThat(done.changedBy()).contains("alice");
        assertThat(followUp.commitments().get(1).status()).isEqualTo(CommitmentStatus.PLANNED);
        assertThat(followUp.decisions()).singleElement().satisfies(entry -> {
            assertThat(entry.user()).isEqualTo("alice");
            assertThat(entry.before()).contains("\"status\":\"planned\"");
            assertThat(entry.after()).contains("\"status\":\"done\"");
        });
    }

    @Test
    void refusesAStatusForACommitmentTheAgreementDoesNotHave() {
        long id = saveMou(6, 36);

        assertThatThrownBy(() -> store.database().apply(
                new Operation.SetCommitmentStatus(id, "build a bridge", CommitmentStatus.DONE), "alice"))
                .isInstanceOf(CurationException.class).hasMessageContaining("no commitment");
    }

    @Test
    void listsAnAgreementWhoseTermEndsWithinAYear() {
        long soon = saveMou(30, 36);

        assertThat(store.database().agreementsExpiringWithin(12)).extracting(a -> a.fact().id()).containsExactly(soon);
    }

    @Test
    void suggestsLapsedForCommitmentsWithoutNewsForAYear() {
        long id = saveMou(18, 60);

        AgreementFollowUp followUp = store.database().agreementFollowUp(id).orElseThrow();

        assertThat(followUp.commitments()).allMatch(TrackedCommitment::lapseSuggested);
        assertThat(store.database().agreementsWithQuietCommitments()).extracting(a -> a.fact().id()).containsExactly(id);
    }

    @Test
    void showsACancelledAgreementAsCancelled() {
        long id = saveMou(6, 36);

        store.database().apply(new Operation.CancelAgreement(id, true), "bob");

        assertThat(store.database().agreementFollowUp(id).orElseThrow().standing().status()).isEqualTo(AgreementStatus.CANCELLED);
    }

    @Test
    void suggestsALaterEventBetweenThePartiesThatSharesACommitmentsWords() {
        long id = saveMou(18, 60);
        Articles later = Articles.article("otaru-nakhodka-fair", "Otaru and Nakhodka held a trade show for seafood companies "
                + "in Otaru. Separately, Nakhodka hosted a chess match.");
        PartialDate day = PartialDate.of(LocalDate.now().minusMonths(2));
        Database database = store.database();
        database.save(new Extraction(later.document(), Optional.of(day), List.of(
                later.visit("held a trade show", later.place("Otaru"), later.place("Otaru"), later.place("Nakhodka")))));

        AgreementFollowUp followUp = database.agreementFollowUp(id).orElseThrow();

        TrackedCommitment dialogues = followUp.commitments().get(0);
        TrackedCommitment tradeShows = followUp.commitments().get(1);
        assertThat(dialogues.activity()).isEmpty();
        assertThat(tradeShows.activity()).singleElement().satisfies(a -> assertThat(a.words()).contains("trade", "show"));
        assertThat(tradeShows.lapseSuggested()).isFalse();
        assertThat(dialogues.lapseSuggested()).isTrue();
    }

    /** Saves a trade show between the MOU's parties two months ago: activity suggested for "support companies at trade shows". */
    private long saveTradeShow() {
        Articles later = Articles.article("otaru-nakhodka-fair", "Otaru and Nakhodka held a trade show for seafood companies in Otaru.");
        PartialDate day = PartialDate.of(LocalDate.now().minusMonths(2));
        store.database().save(new Extraction(later.document(), Optional.of(day), List.of(
                later.visit("held a trade show", later.place("Otaru"), later.place("Otaru"), later.place("Nakhodka")))));
        return store.database().knowledgeFactIds(KnowledgeQuery.all().withType(FactType.EVENT)).get(0);
    }

    @Test
    void confirmedActivityCountsAsCarryingOutTheCommitment() {
        long id = saveMou(18, 60);
        long show = saveTradeShow();

        store.database().apply(new Operation.DecideActivity(id, "support companies at trade shows", show, ActivityDecision.CONFIRMED),
                "alice");

        TrackedCommitment tradeShows = store.database().agreementFollowUp(id).orElseThrow().commitments().get(1);
        assertThat(tradeShows.activity()).singleElement().satisfies(a -> {
            assertThat(a.fact()).isEqualTo(show);
            assertThat(a.decision()).isEqualTo(ActivityDecision.CONFIRMED);
        });
        assertThat(tradeShows.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(store.database().agreementFollowUp(id).orElseThrow().decisions()).singleElement()
                .satisfies(entry -> assertThat(entry.after()).contains("\"decision\":\"confirmed\""));
    }

    @Test
    void dismissedActivityIsNoNewsOfTheCommitment() {
        long id = saveMou(18, 60);
        long show = saveTradeShow();

        store.database().apply(new Operation.DecideActivity(id, "support companies at trade shows", show, ActivityDecision.DISMISSED),
                "alice");

        TrackedCommitment tradeShows = store.database().agreementFollowUp(id).orElseThrow().commitments().get(1);
        assertThat(tradeShows.activity()).singleElement().extracting(LinkedActivity::decision).isEqualTo(ActivityDecision.DISMISSED);
        assertThat(tradeShows.status()).isEqualTo(CommitmentStatus.PLANNED);
        assertThat(tradeShows.lapseSuggested()).isTrue();
    }

    @Test
    void keepsTheDayAndReasonOfACancellationAndUndoesIt() {
        long id = saveMou(6, 36);

        AuditEntry cancel = store.database().apply(new Operation.CancelAgreement(id, true, Optional.of("2026-03"),
                Optional.of("the ferry line closed")), "bob");

        AgreementFollowUp cancelled = store.database().agreementFollowUp(id).orElseThrow();
        assertThat(cancelled.standing().status()).isEqualTo(AgreementStatus.CANCELLED);
        assertThat(cancelled.cancellation()).hasValueSatisfying(c -> {
            assertThat(c.on()).contains("2026-03");
            assertThat(c.reason()).contains("the ferry line closed");
            assertThat(c.by()).isEqualTo("bob");
        });
        assertThat(store.database().undoBlockers(List.of(cancel))).isEmpty();

        store.database().undo(cancel.id(), "carol");

        AgreementFollowUp restored = store.database().agreementFollowUp(id).orElseThrow();
        assertThat(restored.standing().status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(restored.cancellation()).isEmpty();
        assertThat(restored.decisions()).extracting(AuditEntry::user).containsExactlyInAnyOrder("bob", "carol");
    }

    @Test
    void refusesACancellationOnADayThatIsNotADate() {
        long id = saveMou(6, 36);

        assertThatThrownBy(() -> store.database().apply(new Operation.CancelAgreement(id, true, Optional.of("last spring"),
                Optional.empty()), "bob")).isInstanceOf(CurationException.class).hasMessageContaining("day of cancellation");
    }

    @Test
    void findsAnEntitysAgreementsAlikeFromItsStatementsAndFromItsAgreements() {
        long first = saveMou(6, 36);
        Articles article = Articles.article("otaru-vladivostok", SIGNED_BY_THE_MAYOR);
        store.database().save(article.with(new Agreement(List.of(article.place("Otaru"), article.place("Vladivostok")),
                AgreementKind.MOU, Optional.of(PartialDate.ofYear(2024)), List.of(article.person("Tanaka Ichiro")),
                List.of(), article.evidence("signed"), 0.9)));
        long second = store.database().knowledgeFactIds(KnowledgeQuery.all().withType(FactType.AGREEMENT)).stream()
                .filter(id -> id != first).findFirst().orElseThrow();
        long otaru = entityNamed("Otaru");
        long mayor = entityNamed("Tanaka Ichiro");

        try (Handle handle = Jdbi.open(store.jdbcUrl())) {
            for (boolean fromAgreements : List.of(false, true)) {
                assertThat(AgreementFollowUps.agreementsOfParty(handle, otaru, 10, fromAgreements))
                        .as("from agreements: %s", fromAgreements).containsExactly(second, first);
                assertThat(AgreementFollowUps.agreementsOfParty(handle, otaru, 1, fromAgreements)).containsExactly(second);
                assertThat(AgreementFollowUps.agreementsOfParty(handle, mayor, 10, fromAgreements)).isEmpty();
            }
        }
    }

    private long entityNamed(String name) {
        return store.database().entities(EntityQuery.all().withText(name)).items().get(0).id();
    }

    @Test
    void listsTheAgreementsAnEntityIsPartyTo() {
        long id = saveMou(6, 36);
        long otaru = entityNamed("Otaru");

        assertThat(store.database().agreementsOfParty(otaru, 10)).extracting(a -> a.fact().id()).containsExactly(id);
    }

    @Test
    void keepsTheTermAndCommitmentsOutOfTheFieldsAnEditSets() {
        long id = saveMou(6, 36);

        assertThat(Curation.editableValues(store.database().knowledgeFact(id).orElseThrow().fact()))
                .containsKey("date").doesNotContainKeys("term", "commitments");
    }
}
