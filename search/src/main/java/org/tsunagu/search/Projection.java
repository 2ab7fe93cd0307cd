package org.tsunagu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.feed.FeedDocument;
import org.tsunagu.store.feed.FeedEntity;
import org.tsunagu.store.feed.FeedFact;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.Source;

/** Turns what the store holds into index entries: what is searched, shown and counted. */
final class Projection {

    private static final Pattern YEAR_PREFIX = Pattern.compile("^[12][0-9]{3}");
    private static final String DOCUMENT_TYPE = "document";

    private final FacetsConfig facets;
    private final KnownEntities entities;

    Projection(FacetsConfig facets, KnownEntities entities) {
        this.facets = facets;
        this.entities = entities;
    }

    Document entity(FeedEntity entity) {
        List<String> names = List.copyOf(new LinkedHashSet<>(prepend(entity.name(), entity.aliases())));
        Entry entry = new Entry(Kind.ENTITY, entity.id(), entity.type().code(), entity.name(), String.join(" · ", names));
        entry.names(entity.aliases());
        entry.placeNames(ReferenceNames.of(entity));
        entities.country(entity.id()).ifPresent(country -> entry.countries(List.of(country)));
        entry.copied(copiedFrom(entity.id()));
        return entry.build();
    }

    /** What the entries of an entity's facts copy from it: its names and its country. */
    String copiedFrom(long entity) {
        List<String> parts = new ArrayList<>(entities.aliases(List.of(entity)));
        parts.add(entities.country(entity).orElse(""));
        return String.join("\n", parts);
    }

    Document fact(FeedFact feedFact) {
        KnowledgeFact fact = feedFact.fact();
        Set<String> sentences = new LinkedHashSet<>();
        fact.sources().stream().map(Source::sentence).forEach(sentences::add);
        // The summary is the title, searched among the names; the text shown is what the sources say.
        Entry entry = new Entry(Kind.FACT, fact.id(), fact.type().code(), fact.summary(), String.join("\n", sentences));
        entry.names(entities.aliases(feedFact.entities()));
        entry.countries(entities.countries(feedFact.entities()));
        year(fact).ifPresent(entry::year);
        entry.state(fact.reviewState().code());
        return entry.build();
    }

    Document document(FeedDocument document) {
        Entry entry = new Entry(Kind.DOCUMENT, document.id(), DOCUMENT_TYPE, document.name(), document.text());
        // The headline and the outlet are searched among the names, so a search for either finds the document.
        entry.names(Stream.of(document.info().title(), document.info().outlet()).flatMap(Optional::stream).toList());
        entry.countries(entities.countries(document.entities()));
        document.documentDate().or(() -> document.info().published().map(PartialDate::toString))
                .flatMap(Projection::year).ifPresent(entry::year);
        return entry.build();
    }

    /** The year of the fact's own date, else of the earliest document reporting it. */
    private static Optional<String> year(KnowledgeFact fact) {
        return date(fact.fact()).map(d -> String.valueOf(d.year())).or(() -> fact.firstSeen().flatMap(Projection::year));
    }

    private static Optional<PartialDate> date(Fact fact) {
        if (fact instanceof Agreement a) {
            return a.date();
        } else if (fact instanceof Relationship r) {
            return r.since();
        } else if (fact instanceof Event e) {
            return e.date();
        } else if (fact instanceof Investment i) {
            return i.asOf();
        }
        return Optional.empty();
    }

    private static Optional<String> year(String isoDate) {
        var matcher = YEAR_PREFIX.matcher(isoDate);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** One index entry under construction. */
    private final class Entry {
        private final Document document = new Document();

        Entry(Kind kind, long id, String type, String title, String text) {
            document.add(new StringField(Fields.KEY, Fields.key(kind, id), Field.Store.NO));
            document.add(new StoredField(Fields.KIND, kind.code()));
            document.add(new StoredField(Fields.ID, id));
            document.add(new StoredField(Fields.TYPE, type));
            document.add(new StoredField(Fields.TITLE, title));
            document.add(new TextField(Fields.NAMES, title, Field.Store.NO));
            document.add(new Field(Fields.TEXT, text, Fields.HIGHLIGHTED));
            document.add(new SortedSetDocValuesFacetField(Facet.KIND.code(), kind.code()));
            document.add(new SortedSetDocValuesFacetField(Facet.TYPE.code(), type));
        }

        void names(List<String> names) {
            names.forEach(name -> document.add(new TextField(Fields.NAMES, name, Field.Store.NO)));
        }

        void placeNames(List<String> names) {
            names.forEach(name -> document.add(new TextField(Fields.PLACE_NAMES, name, Field.Store.NO)));
        }

        void countries(List<String> countries) {
            for (String country : countries) {
                document.add(new StoredField(Fields.COUNTRY, country));
                document.add(new SortedSetDocValuesFacetField(Facet.COUNTRY.code(), country));
            }
        }

        void year(String year) {
            document.add(new StoredField(Fields.YEAR, year));
            document.add(new SortedSetDocValuesFacetField(Facet.YEAR.code(), year));
        }

        void copied(String copied) {
            document.add(new StoredField(Fields.COPIED, copied));
        }

        void state(String state) {
            document.add(new StringField(Fields.STATE, state, Field.Store.YES));
            document.add(new SortedSetDocValuesFacetField(Facet.STATE.code(), state));
        }

        Document build() {
            try {
                return facets.build(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
