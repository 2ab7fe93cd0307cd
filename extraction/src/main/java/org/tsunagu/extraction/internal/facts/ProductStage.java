package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.lexicon.Lexicon;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Product;

/**
 * Named product lines: a short capitalised name in quotes next to a product word ("the
 * “Shancheng Treasures” collection", "the premium rice brand “Shinnosuke”"), or a place followed by
 * a capitalised produce word ("Miyazaki Beef"). Event names, slogans and quotations are not
 * products; a quoted translation in parentheses is the same product.
 */
public final class ProductStage extends FactStage {

    private static final Set<String> CONTEXT = Set.of("product", "products", "brand", "brands", "line", "lines", "series",
            "collection", "range", "tea", "goods", "items", "foods", "specialty", "specialties", "label", "mango", "rice",
            "beef", "sake", "wine", "fruit");
    private static final Set<String> OPEN = Set.of("\"", "\u201C", "\u2018");
    private static final Set<String> CLOSE = Set.of("\"", "\u201D", "\u2019");

    private final Lexicon lexicon;

    public ProductStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "read-products";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.PRODUCTS;
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Mention> salient = view.salientPlaces();
        for (Sentence s : view.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (!OPEN.contains(view.token(i).text())) {
                    continue;
                }
                int close = i + 1;
                while (close < s.endToken() && !CLOSE.contains(view.token(close).text()) && close - i < 12) {
                    close++;
                }
                if (close >= s.endToken() || !CLOSE.contains(view.token(close).text())) {
                    continue;
                }
                boolean translation = i > s.firstToken() && view.f(i - 1).equals("(");
                int last = close;
                while (last > i + 1 && !view.token(last - 1).isWord() && !view.token(last - 1).isNumber()) {
                    last--;
                }
                if (isProductName(view, s, i + 1, last) && !translation) {
                    Span span = new Span(view.token(i + 1).start(), view.token(last - 1).end());
                    String name = span.of(view.text);
                    if (seen.add(name.toLowerCase(Locale.ROOT))) {
                        out.add(new Product(name, origin(view, s, i + 1, close, salient), List.of(), Optional.empty(),
                                view.evidence(s, i + 1, close), 0.7));
                    }
                } else if (translation) {
                    seen.add(new Span(view.token(i + 1).start(), view.token(close - 1).end()).of(view.text).toLowerCase(Locale.ROOT));
                }
                i = close;
            }
            for (Mention m : view.mentionsIn(s)) {
                int last = m.endToken() - 1;
                if (m.endToken() - m.firstToken() >= 2 && view.token(last).isCapitalized()
                        && lexicon.is("product-noun", view.f(last)) && seen.add(m.name().toLowerCase(Locale.ROOT))) {
                    out.add(new Product(m.name(), origin(view, s, m.firstToken(), m.endToken(), salient), List.of(view.f(last)),
                            Optional.empty(), view.evidence(s, m.firstToken(), m.endToken()), 0.6));
                }
            }
        }
        return out;
    }

    private boolean isProductName(DocumentView view, Sentence s, int from, int to) {
        if (from >= to || !view.token(from).isCapitalized() || to - from > 10) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String f = view.f(i);
            if (f.equals(",") || f.equals("!") || f.equals("?") || f.equals(".") || lexicon.is("event-name-head", f)) {
                return false;
            }
        }
        for (int i = Math.max(s.firstToken(), from - 8); i < Math.min(s.endToken(), to + 20); i++) {
            if (CONTEXT.contains(view.f(i))) {
                return true;
            }
        }
        if (s.index() > 0) {
            Sentence previous = view.sentences.get(s.index() - 1);
            return view.contains(previous, CONTEXT);
        }
        return false;
    }


    /**
     * Where a product comes from: "from X" just after its name, a place word in the name that the
     * article also names on its own, the place owning the sentence ("Miyazaki's", "the prefecture's"),
     * or else the article's most named place other than its dateline.
     */
    private static Optional<EntityRef> origin(DocumentView view, Sentence s, int from, int to, List<Mention> salient) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.PLACE) && !m.isCountry() && m.firstToken() > to && m.firstToken() - to <= 6
                    && view.f(m.firstToken() - 1).equals("from")) {
                return Optional.of(view.ref(m));
            }
        }
        for (var l : view.doc.get(Layers.LOOKUPS)) {
            if (l.place() != null && l.firstToken() >= from && l.endToken() <= to
                    && l.place().kind() != org.tsunagu.extraction.internal.lexicon.Place.Kind.COUNTRY
                    && (l.place().kind() == org.tsunagu.extraction.internal.lexicon.Place.Kind.REGION
                    || namedElsewhere(view, salient, view.token(l.firstToken()).folded()))) {
                Span span = new Span(view.token(l.firstToken()).start(), view.token(l.endToken() - 1).end());
                return Optional.of(new EntityRef(span.of(view.text), org.tsunagu.model.entity.EntityType.PLACE, span));
            }
        }
        for (DocumentView.Actor a : view.actors(s)) {
            if (a.mention().is(Mention.Type.PLACE) && !a.isCountry() && a.endToken() <= from
                    && (view.f(a.endToken()).equals("'s") || a.viaReference() || view.f(a.firstToken() - 1).equals("from"))) {
                return Optional.of(a.ref());
            }
        }
        for (Mention m : salient) {
            if (!view.inDateline(m)) {
                return Optional.of(view.ref(m));
            }
        }
        return Optional.empty();
    }

    private static boolean namedElsewhere(DocumentView view, List<Mention> salient, String folded) {
        for (Mention m : salient) {
            if (view.token(m.firstToken()).folded().equals(folded)) {
                return true;
            }
        }
        return false;
    }
}
