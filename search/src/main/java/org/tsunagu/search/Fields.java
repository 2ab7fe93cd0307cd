package org.tsunagu.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** The fields of an index entry, one entry per entity, knowledge fact or document. */
final class Fields {

    /** "fact:12": the entry's identity, for replacing and deleting it. */
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String TYPE = "type";
    static final String TITLE = "title";
    /** The text shown and highlighted: a fact's summary and evidence, an entity's names, a document's text. */
    static final String TEXT = "text";
    /** Names searched but not shown: titles and the aliases of the entities involved. */
    static final String NAMES = "names";
    /**
     * Every name the reference data gives a place entity ("Hà Nội", "ハノイ", "HCMC", "Saigon"): found
     * only on the place itself, so that it ranks above the articles that merely mention it.
     */
    static final String PLACE_NAMES = "place_names";
    static final String COUNTRY = "country";
    static final String YEAR = "year";
    static final String STATE = "state";
    /**
     * On an entity's entry, what the entries of its facts copy from it (its names and country):
     * when that changes, catching up with an ingest writes its facts again.
     */
    static final String COPIED = "copied";

    /** Offsets in the postings let the highlighter find matches without analysing the text again. */
    static final FieldType HIGHLIGHTED = highlighted();

    private Fields() {
    }

    static String key(Kind kind, long id) {
        return kind.code() + ":" + id;
    }

    /** Country may have several values (a fact between Japan and Vietnam counts under both). */
    static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(COUNTRY, true);
        return config;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
