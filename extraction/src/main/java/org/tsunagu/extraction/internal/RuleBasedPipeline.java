package org.tsunagu.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.extraction.internal.facts.AgreementStage;
import org.tsunagu.extraction.internal.facts.EventStage;
import org.tsunagu.extraction.internal.facts.IndexStage;
import org.tsunagu.extraction.internal.facts.InterestStage;
import org.tsunagu.extraction.internal.facts.InvestmentStage;
import org.tsunagu.extraction.internal.facts.ProductStage;
import org.tsunagu.extraction.internal.facts.RelationshipStage;
import org.tsunagu.extraction.internal.facts.RoleStage;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.lexicon.LookupStage;
import org.tsunagu.extraction.internal.mention.MentionFinder;
import org.tsunagu.extraction.internal.mention.ReferenceResolver;
import org.tsunagu.extraction.internal.money.MoneyStage;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Pipeline;
import org.tsunagu.extraction.internal.text.SentenceSplitter;
import org.tsunagu.extraction.internal.text.Tokenizer;
import org.tsunagu.extraction.internal.time.DateStage;
import org.tsunagu.extraction.internal.time.DocumentDateStage;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;

/** The standard rule-based extractor: its stages in order, over one shared lexicon. */
public final class RuleBasedPipeline {

    private static final List<Layer<Fact>> FACT_LAYERS = List.of(Layers.AGREEMENTS, Layers.RELATIONSHIPS, Layers.ROLES,
            Layers.EVENTS, Layers.INVESTMENTS, Layers.PRODUCTS);

    private final Pipeline pipeline;

    private RuleBasedPipeline(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    public static RuleBasedPipeline create() {
        Lexicon lexicon = Lexicon.load();
        return new RuleBasedPipeline(Pipeline.of(
                new Tokenizer(),
                new SentenceSplitter(),
                new LookupStage(lexicon),
                new MentionFinder(lexicon),
                new DocumentDateStage(),
                new DateStage(),
                new MoneyStage(),
                new ReferenceResolver(),
                new IndexStage(),
                new RoleStage(lexicon),
                new AgreementStage(),
                new RelationshipStage(),
                new EventStage(),
                new InvestmentStage(),
                new ProductStage(lexicon),
                new InterestStage()));
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Extraction extract(Document document) {
        AnnotatedDocument annotated = pipeline.run(document);
        List<Fact> facts = new ArrayList<>();
        for (Layer<Fact> layer : FACT_LAYERS) {
            facts.addAll(annotated.get(layer));
        }
        return new Extraction(document, annotated.single(Layers.DOCUMENT_DATE).date(), facts,
                annotated.get(Layers.INTERESTS));
    }
}
