package org.tsunagu.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.AgreementTerm;
import org.tsunagu.model.fact.Commitment;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Evidence;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.fact.Role;
import org.tsunagu.model.money.Money;
import org.tsunagu.model.time.PartialDate;

class FactJsonTest {

    private static final Evidence EVIDENCE = new Evidence("d1", 2, new Span(10, 80), new Span(20, 26));
    private static final EntityRef HUE = new EntityRef("Hue", EntityType.PLACE, new Span(30, 33));
    private static final EntityRef KOBE = new EntityRef("Kobe", EntityType.PLACE, new Span(40, 44));
    private static final EntityRef MAYOR = new EntityRef("Sato Emi", EntityType.PERSON, new Span(50, 58));

    static List<Fact> oneOfEachKind() {
        return List.of(
                new Agreement(List.of(HUE, KOBE), AgreementKind.MOU, Optional.of(PartialDate.ofDay(2024, 3, 4)),
                        List.of(MAYOR), List.of("tourism"), EVIDENCE, 0.9),
                new Relationship(HUE, KOBE, RelationshipKind.FRIENDSHIP, Optional.of(PartialDate.ofYear(2012)),
                        RelationshipStatus.ESTABLISHED, EVIDENCE, 0.8),
                new Role(MAYOR, "Mayor", Optional.of(KOBE), EVIDENCE, 0.7),
                new Event(EventKind.MEETING, Optional.empty(), Optional.empty(), Optional.of("August 5"),
                        Optional.of("talks"), Optional.of(HUE), List.of(), List.of(MAYOR), EVIDENCE, 0.6),
                new Investment(KOBE, HUE, Money.of("932000000", "USD"), InvestmentKind.FDI_TOTAL,
                        Optional.of(PartialDate.ofYear(2021)), Optional.of(1), List.of("tourism"), EVIDENCE, 0.5),
                new Product("Hue Silk Line", Optional.of(HUE), List.of("silk"), Optional.empty(),
                        List.of(SalesChannel.E_COMMERCE, SalesChannel.RETAIL), EVIDENCE, 0.4));
    }

    @Test
    void readsBackEveryKindItWrites() {
        for (Fact fact : oneOfEachKind()) {
            assertThat(FactJson.read(FactJson.write(fact))).isEqualTo(fact);
        }
    }

    @Test
    void writesAProductsChannelsAsCodesInTheirOwnOrder() {
        Fact silk = oneOfEachKind().get(oneOfEachKind().size() - 1);

        assertThat(FactJson.write(silk).path("channels").toString()).isEqualTo("[\"retail\",\"e_commerce\"]");
        assertThat(FactJson.read(FactJson.write(silk).without("channels"))).isEqualTo(new Product("Hue Silk Line",
                Optional.of(HUE), List.of("silk"), Optional.empty(), List.of(), EVIDENCE, 0.4));
    }

    @Test
    void readsBackAnAgreementsTermAndCommitments() {
        Agreement agreement = new Agreement(List.of(HUE, KOBE), AgreementKind.MOU, Optional.of(PartialDate.ofYear(2024)),
                List.of(), List.of("tourism"), EVIDENCE, 0.9, Optional.of(AgreementTerm.ofLength(5, 0, true, new Span(60, 72))),
                List.of(new Commitment(Commitment.BOTH, "hold regular dialogues", new Span(81, 103))));
        assertThat(FactJson.read(FactJson.write(agreement))).isEqualTo(agreement);
    }

    @Test
    void evalFormWritesArgumentsAsPlainNames() {
        Extraction extraction = new Extraction(Document.of("d1", "d1.txt", "text"),
                Optional.of(PartialDate.ofMonth(2024, 3)), oneOfEachKind());
        var line = EvalJson.write(extraction);
        assertThat(line.get("doc").asText()).isEqualTo("d1");
        var agreement = line.get("facts").get(0);
        assertThat(agreement.get("parties").toString()).isEqualTo("[\"Hue\",\"Kobe\"]");
        assertThat(agreement.get("signatories").get(0).asText()).isEqualTo("Sato Emi");
        assertThat(line.get("facts").get(2).get("org").asText()).isEqualTo("Kobe");
        assertThat(line.get("facts").get(4).get("amount").decimalValue()).isEqualByComparingTo("932000000");
        assertThat(line.get("facts").get(3).get("date").isNull()).isTrue();
    }
}
