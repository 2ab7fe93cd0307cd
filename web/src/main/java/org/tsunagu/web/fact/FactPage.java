package org.tsunagu.web.fact;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tsunagu.store.agreement.AgreementFollowUp;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.knowledge.Conflict;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.Source;

/**
 * One knowledge fact with everything known of it: each source with its publication and the
 * document it is in, the values its sources disagree on side by side, what people decided about it
 * (named to editors only), and the agreements it renews or is renewed by. {@code curator} says
 * whether the visitor may review it, with {@code csrf} the token its decision forms send (empty otherwise).
 * An agreement has its {@code followUp}: status, term, commitments.
 */
public record FactPage(KnowledgeFact fact, List<Cited> sources, List<History> history, List<Linked> links,
        boolean curator, String csrf, Optional<AgreementFollowUp> followUp) {

    public FactPage {
        sources = List.copyOf(sources);
        history = List.copyOf(history);
        links = List.copyOf(links);
    }

    /** A source with the id of the document it was read from. */
    public record Cited(Source source, long document) {
    }

    /** One decision about the fact: the operation, when, by whom (empty for readers who are not curators), and the state after. */
    public record History(AuditEntry entry, String operation, Optional<String> user, String stateAfter) {
    }

    /** A fact this one is linked to, with its summary when it is still known. */
    public record Linked(FactLink link, Optional<String> summary) {
    }

    /** One disputed field: each value with the sources that give it, in value order. */
    public record Disagreement(String field, List<Side> sides) {
    }

    public record Side(String value, List<Cited> sources) {
    }

    public List<Disagreement> disagreements() {
        Map<String, Cited> byName = sources.stream()
                .collect(Collectors.toMap(c -> c.source().document(), Function.identity(), (a, b) -> a));
        return fact.conflicts().stream().map(conflict -> disagreement(conflict, byName)).toList();
    }

    private static Disagreement disagreement(Conflict conflict, Map<String, Cited> byName) {
        return new Disagreement(conflict.field(), conflict.documentsByValue().entrySet().stream()
                .map(value -> new Side(value.getKey(), value.getValue().stream().map(byName::get)
                        .filter(Objects::nonNull).toList()))
                .toList());
    }

    /** "0.90": two decimals are as sure as any reading gets. */
    public String confidence() {
        return String.format(Locale.ROOT, "%.2f", fact.confidence());
    }

    public String title() {
        return fact.summary();
    }
}
