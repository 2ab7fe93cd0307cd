package org.tsunagu.web.partner;

import java.util.List;
import java.util.Optional;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.partner.InterestProfile;
import org.tsunagu.store.partner.PartnerSuggestion;
import org.tsunagu.store.partner.ProposedTie;
import org.tsunagu.store.resolution.Entity;

/**
 * An entity's partner page: its interest profile with the sources of each interest, the partners
 * suggested for it with their reasons, the ties editors proposed, and editors' changes here
 * ({@code history}, who made them shown to editors only). For an editor, {@code csrf}
 * holds the token of the forms that accept a suggestion and add or take off an interest.
 */
public record PartnersPage(Entity entity, InterestProfile profile, List<PartnerSuggestion> suggestions,
        List<ProposedTie> proposed, List<AuditEntry> history, Optional<String> csrf) {

    public String title() {
        return "Partners for " + entity.name() + " · Tsunagu";
    }
}
