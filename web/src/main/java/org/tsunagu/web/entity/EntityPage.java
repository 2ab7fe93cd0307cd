package org.tsunagu.web.entity;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.agreement.AgreementFollowUp;
import org.tsunagu.store.agreement.CommitmentStatus;
import org.tsunagu.store.agreement.TrackedCommitment;
import org.tsunagu.store.knowledge.CitedFact;
import org.tsunagu.store.partner.ProposedTie;
import org.tsunagu.store.knowledge.EntityReport;
import org.tsunagu.store.knowledge.Participant;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityProfile;
import org.tsunagu.web.PageLinks;
import org.tsunagu.web.vitality.EntityTies;

/**
 * An entity's page: its profile, then its facts by type — ties as a timeline by year, agreements,
 * people and titles over time, events, investment figures as charts, products — each with the
 * sentence it was read from; its ties by vitality when it has any. With {@code only}, one type's
 * facts a page at a time. For an editor, {@code csrf} holds the token of the forms that rename,
 * retype, place, split and merge it. {@code proposed} holds the ties editors proposed from partner
 * suggestions, which no article states; {@code followUps} are the agreements it is a party to, with
 * their status, term and commitments.
 */
record EntityPage(EntityReport report, Optional<FactType> only, Optional<PageLinks> paging, Optional<String> csrf,
        Optional<EntityTies> ties, List<ProposedTie> proposed, List<AgreementFollowUp> followUps) {

    private static final Comparator<CitedFact> OLDEST_FIRST = Comparator.comparing(
            (CitedFact f) -> date(f.fact()), Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<CitedFact> NEWEST_FIRST = Comparator.comparing(
            (CitedFact f) -> date(f.fact()), Comparator.nullsLast(Comparator.reverseOrder()));

    /** "2 planned, 1 done": how many of the agreement's commitments stand where, in the order of the statuses. */
    static String commitmentStatuses(AgreementFollowUp followUp) {
        Map<CommitmentStatus, Long> counts = followUp.commitments().stream()
                .collect(Collectors.groupingBy(TrackedCommitment::status, () -> new EnumMap<>(CommitmentStatus.class),
                        Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
    }

    Entity entity() {
        return report.profile().entity();
    }

    /** The page of the agreements that name the entity, when there are more than the follow-up table shows. */
    Optional<String> moreAgreements() {
        return report.count(FactType.AGREEMENT) > followUps.size()
                ? Optional.of("/entities/" + entity().id() + "?type=" + FactType.AGREEMENT.code()) : Optional.empty();
    }

    EntityProfile profile() {
        return report.profile();
    }

    String title() {
        return entity().name() + " · Tsunagu";
    }

    List<EntityType> types() {
        return List.of(EntityType.values());
    }

    boolean shows(FactType type) {
        return !report.facts(type).isEmpty() && only.map(type::equals).orElse(true);
    }

    boolean hasTies() {
        return ties.filter(t -> t.total() > 0).isPresent();
    }

    /** Places and organisations have partners to find; persons and groups do not. */
    boolean seeksPartners() {
        return entity().type() == EntityType.PLACE || entity().type() == EntityType.ORGANISATION;
    }

    boolean hasFacts() {
        return !report.counts().isEmpty();
    }

    long count(FactType type) {
        return report.count(type);
    }

    /** True when the overview shows fewer of the type's facts than there are. */
    boolean hasMore(FactType type) {
        return only.isEmpty() && report.facts(type).size() < report.count(type);
    }

    String allOf(FactType type) {
        return "/entities/" + entity().id() + "?type=" + type.code();
    }

    /** Standing ties, the oldest first; those whose start is not stated last. */
    List<CitedFact> timeline() {
        return report.facts(FactType.RELATIONSHIP).stream().sorted(OLDEST_FIRST).toList();
    }

    List<CitedFact> agreements() {
        return newestFirst(FactType.AGREEMENT);
    }

    List<RoleHistory> roles() {
        return RoleHistory.of(report.facts(FactType.ROLE));
    }

    List<CitedFact> events() {
        return newestFirst(FactType.EVENT);
    }

    List<InvestmentChart> charts() {
        return InvestmentChart.of(report.facts(FactType.INVESTMENT));
    }

    List<CitedFact> products() {
        return report.facts(FactType.PRODUCT);
    }

    /** The other entities of a fact than this page's, in the roles given. */
    List<Participant> others(CitedFact fact, String... roles) {
        return fact.participants().stream().filter(p -> p.entity() != entity().id())
                .filter(p -> List.of(roles).contains(p.role())).toList();
    }

    List<Participant> in(CitedFact fact, String role) {
        return fact.in(role);
    }

    /** The date a fact states, as written ("2013-10-31", "since 1997"), or the words of an unresolved date. */
    static String when(CitedFact fact) {
        Fact f = fact.fact();
        if (f instanceof Event e) {
            return e.date().map(PartialDate::toString).or(e::dateText).orElse("date not stated");
        }
        PartialDate date = date(f);
        return date == null ? "date not stated" : date.toString();
    }

    /** What kind of agreement, tie, event or figure: "MOU", "friendship (proposed)", "visit", "FDI total". */
    static String kind(CitedFact fact) {
        Fact f = fact.fact();
        if (f instanceof Agreement a) {
            return a.kind() == AgreementKind.MOU ? "MOU" : words(a.kind());
        } else if (f instanceof Relationship r) {
            return words(r.kind()) + (r.status() == RelationshipStatus.PROPOSED ? " (proposed)" : "");
        } else if (f instanceof Event e) {
            return words(e.kind());
        } else if (f instanceof Investment i) {
            return i.kind() == InvestmentKind.FDI_TOTAL ? "FDI total" : words(i.kind());
        }
        return fact.type().code();
    }

    /** An agreement's fields of cooperation, what its parties commit to: "trade, tourism". */
    static String commitments(CitedFact fact) {
        return fact.fact() instanceof Agreement a ? String.join(", ", a.fields()) : "";
    }

    /** An event's or a product's name. */
    static Optional<String> name(CitedFact fact) {
        if (fact.fact() instanceof Event e) {
            return e.name();
        }
        return fact.fact() instanceof Product p ? Optional.of(p.name()) : Optional.empty();
    }

    static String categories(CitedFact fact) {
        return fact.fact() instanceof Product p ? String.join(", ", p.categories()) : "";
    }

    private static String words(Coded kind) {
        return kind.code().replace('_', ' ');
    }

    private List<CitedFact> newestFirst(FactType type) {
        return report.facts(type).stream().sorted(NEWEST_FIRST).toList();
    }

    private static PartialDate date(Fact fact) {
        Optional<PartialDate> date = Optional.empty();
        if (fact instanceof Agreement a) {
            date = a.date();
        } else if (fact instanceof Relationship r) {
            date = r.since();
        } else if (fact instanceof Event e) {
            date = e.date();
        } else if (fact instanceof Investment i) {
            date = i.asOf();
        }
        return date.orElse(null);
    }
}
