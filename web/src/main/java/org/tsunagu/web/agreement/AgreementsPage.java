package org.tsunagu.web.agreement;

import java.util.List;
import org.tsunagu.store.agreement.AgreementFollowUp;

/** The agreements that need attention: those whose term ends within the months shown, and those whose commitments went quiet. */
public record AgreementsPage(int months, List<AgreementFollowUp> expiring, List<AgreementFollowUp> quiet) {

    public AgreementsPage {
        expiring = List.copyOf(expiring);
        quiet = List.copyOf(quiet);
    }
}
