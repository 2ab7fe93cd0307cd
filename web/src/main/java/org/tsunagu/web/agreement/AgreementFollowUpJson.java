package org.tsunagu.web.agreement;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.agreement.AgreementFollowUp;
import org.tsunagu.store.agreement.TrackedCommitment;
import org.tsunagu.store.audit.AuditEntry;

/**
 * The JSON of an agreement's follow-up: status, expiry, term, and each commitment with its status.
 * Who set a status is left out, as the fact page names editors to editors only.
 */
public final class AgreementFollowUpJson {

    private AgreementFollowUpJson() {
    }

    public static ObjectNode write(AgreementFollowUp followUp) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("fact", followUp.fact().id());
        node.put("summary", followUp.fact().summary());
        node.put("page", "/facts/" + followUp.fact().id());
        node.put("status", followUp.standing().status().code());
        node.put("expiry", followUp.standing().expiry().map(PartialDate::toString).orElse(null));
        followUp.cancellation().ifPresent(c -> node.putObject("cancellation").put("on", c.on().orElse(null))
                .put("reason", c.reason().orElse(null)));
        followUp.agreement().term().ifPresent(term -> node.putObject("term").put("years", term.years())
                .put("months", term.months()).put("until", term.until().map(PartialDate::toString).orElse(null))
                .put("renewal", term.renewal()));
        ArrayNode commitments = node.putArray("commitments");
        for (TrackedCommitment c : followUp.commitments()) {
            ObjectNode item = commitments.addObject().put("owner", c.commitment().owner()).put("text", c.commitment().text())
                    .put("status", c.status().code()).put("lapse_suggested", c.lapseSuggested());
            c.changedAt().ifPresent(at -> item.put("changed_at", at));
            ArrayNode activity = item.putArray("activity");
            c.activity().forEach(a -> {
                ObjectNode linked = activity.addObject().put("fact", a.fact()).put("summary", a.summary())
                        .put("first_seen", a.firstSeen().orElse(null)).put("decision", a.decision().code());
                a.words().forEach(linked.putArray("shared_words")::add);
            });
        }
        ArrayNode decisions = node.putArray("decisions");
        for (AuditEntry entry : followUp.decisions()) {
            decisions.addObject().put("id", entry.id()).put("at", entry.at()).set("operation", entry.json().path("operation"));
        }
        return node;
    }
}
