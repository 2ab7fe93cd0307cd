package org.tsunagu.store.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.AgreementTerm;
import org.tsunagu.model.fact.Evidence;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.FactLink;

/** Where an agreement stands on a day. */
class AgreementStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Span SPAN = new Span(0, 4);

    private static Agreement signedIn(PartialDate date, Optional<AgreementTerm> term) {
        return new Agreement(List.of(new EntityRef("Otaru", EntityType.PLACE, SPAN), new EntityRef("Nakhodka", EntityType.PLACE,
                SPAN)), AgreementKind.MOU, Optional.of(date), List.of(), List.of(), new Evidence("d", 0, SPAN, SPAN), 0.9, term,
                List.of());
    }

    private static AgreementStanding standing(Agreement agreement, List<FactLink> links, boolean cancelled) {
        return AgreementStanding.of(agreement, links, cancelled, TODAY);
    }

    @Test
    void isInForceWithinItsTermAndExpiredAfterIt() {
        Optional<AgreementTerm> fiveYears = Optional.of(AgreementTerm.ofLength(5, 0, false, SPAN));
        AgreementStanding running = standing(signedIn(PartialDate.ofMonth(2022, 4), fiveYears), List.of(), false);
        AgreementStanding ended = standing(signedIn(PartialDate.ofMonth(2020, 4), fiveYears), List.of(), false);

        assertThat(running.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(running.expiry()).contains(PartialDate.ofMonth(2027, 4));
        assertThat(ended.status()).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void isSignedWhenTheTextGivesNoTerm() {
        assertThat(standing(signedIn(PartialDate.ofYear(2010), Optional.empty()), List.of(), false).status())
                .isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void isRenewedWhenALaterAgreementRenewsIt() {
        FactLink renewedBy = new FactLink(FactLink.Relation.RENEWED_BY, 9, AgreementKind.MOU, Optional.of(2025));
        Optional<AgreementTerm> fiveYears = Optional.of(AgreementTerm.ofLength(5, 0, false, SPAN));

        assertThat(standing(signedIn(PartialDate.ofYear(2020), fiveYears), List.of(renewedBy), false).status())
                .isEqualTo(AgreementStatus.RENEWED);
    }

    @Test
    void isCancelledWhenAnEditorSaysSo() {
        assertThat(standing(signedIn(PartialDate.ofYear(2025), Optional.empty()), List.of(), true).status())
                .isEqualTo(AgreementStatus.CANCELLED);
    }
}
