package org.tsunagu.extraction.internal;

import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.mention.ShortReference;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.extraction.internal.time.DocumentDate;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.StatedInterest;

/** The layers of the rule-based pipeline, in the order stages add them. */
public final class Layers {

    private Layers() {
    }

    public static final Layer<Token> TOKENS = Layer.of("tokens", Token.class);
    public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);
    public static final Layer<Lookup> LOOKUPS = Layer.of("lookups", Lookup.class);
    public static final Layer<Mention> MENTIONS = Layer.of("mentions", Mention.class);
    public static final Layer<DocumentDate> DOCUMENT_DATE = Layer.of("document-date", DocumentDate.class);
    public static final Layer<DateMention> DATES = Layer.of("dates", DateMention.class);
    public static final Layer<MoneyMention> MONEY = Layer.of("money", MoneyMention.class);
    public static final Layer<ShortReference> REFERENCES = Layer.of("references", ShortReference.class);
    public static final Layer<Fact> ROLES = Layer.of("roles", Fact.class);
    public static final Layer<Fact> AGREEMENTS = Layer.of("agreements", Fact.class);
    public static final Layer<Fact> RELATIONSHIPS = Layer.of("relationships", Fact.class);
    public static final Layer<Fact> EVENTS = Layer.of("events", Fact.class);
    public static final Layer<Fact> INVESTMENTS = Layer.of("investments", Fact.class);
    public static final Layer<Fact> PRODUCTS = Layer.of("products", Fact.class);
    public static final Layer<StatedInterest> INTERESTS = Layer.of("interests", StatedInterest.class);
}
