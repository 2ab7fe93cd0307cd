package org.tsunagu.web.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.Role;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.Source;

/**
 * The columns of each fact type's spreadsheet: the fact's id and summary, its own fields (names
 * of several entities in one cell, separated by "; "), then how far to trust it and where it was
 * read.
 */
final class FactTable {

    private static final String SEPARATOR = "; ";

    private FactTable() {
    }

    static List<Column> columns(FactType type) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Fact ID", f -> Long.toString(f.id())));
        columns.add(new Column("Summary", KnowledgeFact::summary));
        columns.addAll(fields(type));
        columns.add(new Column("Review state", f -> f.reviewState().code()));
        columns.add(new Column("Confidence", f -> String.format(Locale.ROOT, "%.2f", f.confidence())));
        columns.add(new Column("Sources", f -> Long.toString(f.sources().stream().map(Source::document).distinct().count())));
        columns.add(new Column("Conflicts", FactTable::conflicts));
        columns.add(new Column("First reported", f -> f.firstSeen().orElse("")));
        columns.add(new Column("Last reported", f -> f.lastSeen().orElse("")));
        columns.add(new Column("Evidence sentence", f -> f.sources().isEmpty() ? "" : f.sources().get(0).sentence()));
        columns.add(new Column("Evidence document", f -> f.sources().isEmpty() ? "" : f.sources().get(0).document()));
        columns.add(new Column("Evidence outlet", f -> publication(f).outlet().orElse("")));
        columns.add(new Column("Evidence published", f -> publication(f).published().map(PartialDate::toString).orElse("")));
        columns.add(new Column("Evidence URL", f -> publication(f).webAddress().orElse("")));
        return columns;
    }

    /** Who published the evidence document and when; its date is the article's own when the file gave none. */
    private static DocumentInfo publication(KnowledgeFact fact) {
        return fact.sources().isEmpty() ? DocumentInfo.NONE : fact.sources().get(0).publication();
    }

    private static List<Column> fields(FactType type) {
        return switch (type) {
            case AGREEMENT -> List.of(
                    Column.of("Kind", Agreement.class, a -> a.kind().code()),
                    Column.of("Parties", Agreement.class, a -> names(a.parties())),
                    Column.of("Date", Agreement.class, a -> text(a.date())),
                    Column.of("Signatories", Agreement.class, a -> names(a.signatories())),
                    Column.of("Fields", Agreement.class, a -> String.join(SEPARATOR, a.fields())),
                    new Column("Renewals", FactTable::renewals));
            case RELATIONSHIP -> List.of(
                    Column.of("Kind", Relationship.class, r -> r.kind().code()),
                    Column.of("Party A", Relationship.class, r -> r.a().name()),
                    Column.of("Party B", Relationship.class, r -> r.b().name()),
                    Column.of("Since", Relationship.class, r -> text(r.since())),
                    Column.of("Status", Relationship.class, r -> r.status().code()));
            case ROLE -> List.of(
                    Column.of("Person", Role.class, r -> r.person().name()),
                    Column.of("Title", Role.class, Role::title),
                    Column.of("Organisation", Role.class, r -> name(r.org())));
            case EVENT -> List.of(
                    Column.of("Kind", Event.class, e -> e.kind().code()),
                    Column.of("Name", Event.class, e -> e.name().orElse("")),
                    Column.of("Date", Event.class, e -> text(e.date())),
                    Column.of("End date", Event.class, e -> text(e.endDate())),
                    Column.of("Date as written", Event.class, e -> e.dateText().orElse("")),
                    Column.of("Location", Event.class, e -> name(e.location())),
                    Column.of("Organisers", Event.class, e -> names(e.organizers())),
                    Column.of("Participants", Event.class, e -> names(e.participants())));
            case INVESTMENT -> List.of(
                    Column.of("Kind", Investment.class, i -> i.kind().code()),
                    Column.of("Investor", Investment.class, i -> i.investor().name()),
                    Column.of("Destination", Investment.class, i -> i.destination().name()),
                    Column.of("Amount", Investment.class, i -> i.amount().amount().toPlainString()),
                    Column.of("Currency", Investment.class, i -> i.amount().currency().getCurrencyCode()),
                    Column.of("As of", Investment.class, i -> text(i.asOf())),
                    Column.of("Rank", Investment.class, i -> text(i.rank())),
                    Column.of("Sectors", Investment.class, i -> String.join(SEPARATOR, i.sectors())));
            case PRODUCT -> List.of(
                    Column.of("Product", Product.class, Product::name),
                    Column.of("Origin", Product.class, p -> name(p.origin())),
                    Column.of("Categories", Product.class, p -> String.join(SEPARATOR, p.categories())),
                    Column.of("Showcased at", Product.class, p -> name(p.showcasedAt())));
        };
    }

    /** "date: 2013-10-31 (jetro-news); 2013-11-01 (chongqing-daily)". */
    private static String conflicts(KnowledgeFact fact) {
        return fact.conflicts().stream()
                .map(c -> c.field() + ": " + c.documentsByValue().entrySet().stream()
                        .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                        .collect(Collectors.joining(SEPARATOR)))
                .collect(Collectors.joining(" | "));
    }

    /** "renews the 2014 MOU (fact 12)"; "renewed in 2025 (fact 15)". */
    private static String renewals(KnowledgeFact fact) {
        return fact.links().stream().map(link -> link.text() + " (fact " + link.other() + ")")
                .collect(Collectors.joining(SEPARATOR));
    }

    private static String names(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::name).collect(Collectors.joining(SEPARATOR));
    }

    private static String name(Optional<EntityRef> ref) {
        return ref.map(EntityRef::name).orElse("");
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}
