package org.tsunagu.extraction.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.extraction.internal.Extracting.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Event;

/** Who holds an occasion, by the constructions that say so. */
class EventHostsTest {

    private static List<String> organisers(String text) {
        return facts(text, Event.class).stream().flatMap(e -> e.organizers().stream()).map(EntityRef::name).toList();
    }

    @Test
    void takesTheOrganisersFromAByPhrase() {
        assertThat(organisers("NAGANO, 2 June 2025 - Some 60 buyers attended a cider fair organised by the Nagano Chamber of "
                + "Commerce and Industry and the Yantai Fruit Association in Nagano on Sunday."))
                .containsExactly("Nagano Chamber of Commerce and Industry", "Yantai Fruit Association");
    }

    @Test
    void takesTheOrganisersFromCoHosted() {
        assertThat(organisers("GIFU, 1 July 2025 - The Gifu Industry Foundation co-hosted the cutlery fair with the Solingen "
                + "Trade Office in Gifu on Monday.")).containsExactly("Gifu Industry Foundation", "Solingen Trade Office");
    }

    @Test
    void takesTheOrganisersFromARelativeClause() {
        assertThat(organisers("MIE, 4 June 2025 - The deal came at the Ise Pearl Forum, which the Mie Pearl Council and the "
                + "Broome Trade Office organised on Tuesday.")).containsExactly("Mie Pearl Council", "Broome Trade Office");
    }

    @Test
    void takesTheBodyThatOpensAFairAsItsOrganiser() {
        assertThat(organisers("SENDAI, 5 May 2025 - The Jilin Trade Bureau opened a food fair at a Sendai department store "
                + "on Monday.")).containsExactly("Jilin Trade Bureau");
    }

    @Test
    void takesTheSenderOfADelegation() {
        assertThat(organisers("TOYAMA, 5 May 2025 - A Liaoning economic and trade delegation arrived in Toyama on Monday."))
                .containsExactly("Liaoning");
    }

    @Test
    void leavesTheDatelinePlaceOutOfAVisitsSenders() {
        assertThat(organisers(" date 2025-11-19 LEIRVIK \u2014 During its working trip to Norway from November 16 \u2013 22, the "
                + "delegation, led by Provincial Party Secretary Ha Thanh Loc, met investors."))
                .doesNotContain("LEIRVIK");
    }
}
