package org.tsunagu.store.testing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.EventKind;
import org.tsunagu.model.fact.Evidence;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.RelationshipKind;
import org.tsunagu.model.fact.RelationshipStatus;
import org.tsunagu.model.fact.Role;
import org.tsunagu.model.money.Money;
import org.tsunagu.model.time.PartialDate;

/**
 * Builds articles and the facts an extractor would read from them by hand, with offsets found in
 * the text, so store and web tests need no extractor. Sentences are split at ". ".
 */
public final class Articles {

    private final Document document;

    private Articles(Document document) {
        this.document = document;
    }

    public static Articles article(String name, String text) {
        return new Articles(Document.of(name, "test://" + name, text));
    }

    public Document document() {
        return document;
    }

    /** The same article with what its file says of who published it and when. */
    public Articles publishedBy(DocumentInfo info) {
        return new Articles(document.withInfo(info));
    }

    public Extraction with(Fact... facts) {
        return new Extraction(document, document.published(), Arrays.asList(facts));
    }

    public EntityRef place(String name) {
        return ref(name, EntityType.PLACE);
    }

    public EntityRef organisation(String name) {
        return ref(name, EntityType.ORGANISATION);
    }

    public EntityRef person(String name) {
        return ref(name, EntityType.PERSON);
    }

    private EntityRef ref(String name, EntityType type) {
        return new EntityRef(name, type, span(name));
    }

    /** The evidence of the sentence holding {@code trigger}, the trigger being its first occurrence. */
    public Evidence evidence(String trigger) {
        Span triggerSpan = span(trigger);
        String text = document.text();
        int start = 0;
        int index = 0;
        while (true) {
            int stop = text.indexOf(". ", start);
            int end = stop < 0 ? text.length() : stop + 1;
            if (triggerSpan.start() < end) {
                return new Evidence(document.name(), index, new Span(start, end), triggerSpan);
            }
            start = stop + 2;
            index++;
        }
    }

    public Span span(String words) {
        int start = document.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in " + document.name());
        }
        return new Span(start, start + words.length());
    }

    public Agreement mou(String trigger, PartialDate date, EntityRef... parties) {
        return new Agreement(List.of(parties), AgreementKind.MOU, Optional.ofNullable(date), List.of(), List.of(),
                evidence(trigger), 0.9);
    }

    public Relationship friendship(String trigger, EntityRef a, EntityRef b) {
        return new Relationship(a, b, RelationshipKind.FRIENDSHIP, Optional.empty(), RelationshipStatus.ESTABLISHED,
                evidence(trigger), 0.8);
    }

    public Relationship friendship(String trigger, PartialDate since, EntityRef a, EntityRef b) {
        return new Relationship(a, b, RelationshipKind.FRIENDSHIP, Optional.of(since), RelationshipStatus.ESTABLISHED,
                evidence(trigger), 0.8);
    }

    public Role role(EntityRef person, String title, EntityRef org) {
        return new Role(person, title, Optional.ofNullable(org), evidence(title), 0.7);
    }

    public Event visit(String trigger, EntityRef location, EntityRef... participants) {
        return new Event(EventKind.VISIT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(location), List.of(), List.of(participants), evidence(trigger), 0.6);
    }

    public Investment investment(String trigger, EntityRef investor, EntityRef destination, String amount,
            String currency) {
        return new Investment(investor, destination, new Money(new BigDecimal(amount), Currency.getInstance(currency)),
                InvestmentKind.FDI_TOTAL, Optional.empty(), Optional.of(1), List.of(), evidence(trigger), 0.85);
    }

    public Product product(String name, EntityRef origin) {
        return new Product(name, Optional.ofNullable(origin), List.of("food"), Optional.empty(), List.of(), evidence(name), 0.5);
    }
}
