package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/**
 * Who trades with whom in a trade figure. A flow one way names its exporter as investor and its
 * importer as destination ("A's exports to B", "A imports from B"); a volume both ways ("A's total
 * trade with B", "trade between A and B") names the foreign partner as investor and the place the
 * article is about as destination. A side the sentence leaves out ("exports to B", "total trade with
 * B") is the article's home: the owner of an earlier trade figure, else its most salient place.
 */
final class TradeParties {

    static final Set<String> TRADE = Words.of("exports", "imports", "trade", "exported", "imported", "shipments", "shipped",
            "export", "import");
    /** "the trade minister", "a trade fair", "an export promotion office": trade words that name a body or an occasion, not a volume. */
    private static final Set<String> TRADE_BODIES = Words.of("minister", "ministers", "ministry", "office", "offices",
            "official", "officials", "fair", "fairs", "show", "shows", "mission", "missions", "delegation", "representative",
            "commissioner", "agency", "union", "zone", "expo", "promotion");
    private static final Set<String> EXPORTS = Words.of("exports", "exported", "shipments", "shipped", "export");
    private static final Set<String> IMPORTS = Words.of("imports", "imported", "import");
    /** Words between a trade word and its owner: "export turnover of Bac Giang". */
    private static final Set<String> MEASURES = Words.of("turnover", "value", "volume", "volumes");
    private static final Set<String> DASHES = Words.of("-", "\u2013", "\u2014");
    /** How many words may stand between an owner and its trade word: "Kerala's total two-way trade". */
    private static final int OWNER_REACH = 5;
    /** The most tokens a demonym takes ("South Korean", "Hong Kong-based"): where a lookup ending in reach may start. */
    private static final int LONGEST_DEMONYM = 4;
    /** How many sentences back "bilateral trade" may find the pair it is between. */
    private static final int PAIR_REACH = 2;
    private static final Set<String> COPULAS = Words.of("is", "was", "are", "were", "remains", "remained", "became");

    /** {@code bothWays}: a volume both ways, which the other side may equally be said to trade. */
    record Parties(EntityRef investor, EntityRef destination, boolean bothWays) {
    }

    private TradeParties() {
    }

    /** The parties of the trade figure {@code money}, or null when the sentence does not name them. */
    static Parties of(DocumentView view, Sentence s, MoneyMention money, List<DocumentView.Actor> actors) {
        InvestmentParties.Clause clause = InvestmentParties.Clause.around(view, s, money.firstToken());
        int word = tradeWord(view, s, clause, money);
        if (word < 0) {
            return null;
        }
        EntityRef owner = ownerOf(view, actors, word);
        EntityRef to = null;
        EntityRef from = null;
        EntityRef with = null;
        EntityRef first = null;
        EntityRef second = null;
        for (DocumentView.Actor a : actors) {
            if (a.firstToken() <= word || !clause.holds(a.firstToken())) {
                continue;
            }
            String prep = view.f(a.firstToken() - 1);
            EntityRef ref = InvestmentParties.investorRef(view, a);
            // "according to the state" names a source, not a market
            to = to == null && prep.equals("to") && !view.f(a.firstToken() - 2).equals("according") ? ref : to;
            from = from == null && prep.equals("from") ? ref : from;
            with = with == null && prep.equals("with") ? ref : with;
            if (view.f(word + 1).equals("between") || view.f(word - 1).equals("between")) {
                first = first == null ? ref : first;
                second = second == null && ref != first ? ref : second;
            }
        }
        String w = view.f(word);
        if (EXPORTS.contains(w)) {
            EntityRef exporter = owner != null ? owner : from != null ? from : home(view);
            EntityRef market = to != null ? to : with;
            // "..., with exports of N": the pair the clause before has named
            return parties(exporter, market == null && view.f(word - 1).equals("with") ? partnerOf(view, actors, exporter) : market);
        }
        if (IMPORTS.contains(w)) {
            return parties(from != null ? from : with != null ? with : goodsOf(view, clause, money), orHome(owner, view));
        }
        if (first != null && second != null) {
            return bothWays(view, first, second);
        }
        Parties joined = joinedPair(view, s, word);
        if (joined != null) {
            return joined;
        }
        if (with != null) {
            return bothWays(view, orHome(owner, view), with);
        }
        return owner == null && bilateral(view, word) ? partnersBefore(view, s) : null;
    }

    /**
     * "A is a major trade partner of B, with exports of N", "B's ties with A were strong, with exports valued at N":
     * exports in a "with" phrase that name no market go to the place the sentence pairs with their exporter.
     */
    private static EntityRef partnerOf(DocumentView view, List<DocumentView.Actor> actors, EntityRef exporter) {
        if (exporter == null) {
            return null;
        }
        for (DocumentView.Actor a : actors) {
            if (a.mention().is(Mention.Type.PLACE) && !a.viaReference() && !Names.same(a.ref().name(), exporter.name())) {
                return a.ref();
            }
        }
        return null;
    }

    /** "Vietnam-Japan trade", "the Thailand–Laos trade": two places joined by a dash just before the trade word. */
    private static Parties joinedPair(DocumentView view, Sentence s, int word) {
        Lookup left = null;
        for (Lookup l : view.lookupsStartingIn(s.firstToken(), word)) {
            if (l.category() != Lookup.Category.PLACE) {
                continue;
            }
            if (left != null && l.firstToken() == left.endToken() + 1 && DASHES.contains(view.f(left.endToken()))
                    && word - l.endToken() <= 2) {
                return bothWays(view, placeRef(view, left), placeRef(view, l));
            }
            left = l;
        }
        return null;
    }

    private static EntityRef placeRef(DocumentView view, Lookup l) {
        Span span = new Span(view.token(l.firstToken()).start(), view.token(l.endToken() - 1).end());
        return new EntityRef(span.of(view.text), EntityType.PLACE, span);
    }

    /** "bilateral trade", "two-way trade": a volume between a pair the text has just named. */
    private static boolean bilateral(DocumentView view, int word) {
        for (int i = word - 1; i >= word - 3; i--) {
            if (view.f(i).equals("bilateral") || view.f(i).equals("way") && view.f(i - 1).equals("-")
                    && view.f(i - 2).equals("two")) {
                return true;
            }
        }
        return false;
    }

    /** "Chile is Peru's third-largest trading partner." just before: Chile trades with Peru. */
    private static Parties partnersBefore(DocumentView view, Sentence s) {
        for (int k = s.index() - 1; k >= Math.max(0, s.index() - PAIR_REACH); k--) {
            Sentence before = view.sentences.get(k);
            List<DocumentView.Actor> actors = InvestmentParties.actors(view, before);
            for (int a = 0; a + 1 < actors.size(); a++) {
                DocumentView.Actor partner = actors.get(a);
                DocumentView.Actor owner = actors.get(a + 1);
                if (COPULAS.contains(view.f(partner.endToken())) && owner.firstToken() == partner.endToken() + 1
                        && view.f(owner.endToken()).equals("'s") && partnerWithin(view, before, owner.endToken() + 1)) {
                    return twoWay(parties(partner.ref(), owner.ref()));
                }
            }
        }
        return null;
    }

    private static boolean partnerWithin(DocumentView view, Sentence s, int from) {
        for (int i = from; i < Math.min(s.endToken(), from + 5); i++) {
            if (view.f(i).equals("partner")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence speaks of trade, not only of a body named for it ("the Bavarian Trade Office"). */
    static boolean speaksOfTrade(DocumentView view, Sentence s) {
        return tradeWordFrom(view, s, s.firstToken()) >= 0;
    }

    private static int tradeWordFrom(DocumentView view, Sentence s, int from) {
        for (int i = view.find(s, from, TRADE); i >= 0; i = view.find(s, i + 1, TRADE)) {
            if (speaksOfTradeAt(view, s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** A trade word that speaks of a volume: not inside a name, nor naming a body or an occasion. */
    private static boolean speaksOfTradeAt(DocumentView view, Sentence s, int word) {
        return !insideName(view, s, word) && !TRADE_BODIES.contains(view.f(word + 1));
    }

    private static boolean insideName(DocumentView view, Sentence s, int token) {
        for (Mention m : view.mentionsIn(s)) {
            if (m.endToken() - m.firstToken() >= 2 && m.firstToken() <= token && token < m.endToken()
                    && !m.is(Mention.Type.PLACE)) {
                return true;
            }
        }
        return false;
    }

    /** The trade word of the sum's clause nearest before it, else the first of its clause or sentence. */
    private static int tradeWord(DocumentView view, Sentence s, InvestmentParties.Clause clause, MoneyMention money) {
        for (int i = money.firstToken() - 1; i >= clause.from(); i--) {
            if (TRADE.contains(view.f(i)) && speaksOfTradeAt(view, s, i)) {
                return i;
            }
        }
        int inClause = tradeWordFrom(view, s, clause.from());
        return inClause >= 0 && inClause < clause.to() ? inClause : tradeWordFrom(view, s, s.firstToken());
    }

    /** "Kerala's total trade", "Macau imports", "exports of Jepara furniture", "export turnover of X": whose trade it is. */
    private static EntityRef ownerOf(DocumentView view, List<DocumentView.Actor> actors, int word) {
        int of = MEASURES.contains(view.f(word + 1)) ? word + 2 : word + 1;
        for (DocumentView.Actor a : actors) {
            if (a.endToken() <= word && word - a.endToken() <= OWNER_REACH && noVerbBetween(view, a.endToken(), word)
                    || a.firstToken() == of + 1 && view.f(of).equals("of")) {
                return InvestmentParties.investorRef(view, a);
            }
        }
        return demonymOwner(view, word);
    }

    /** The country a demonym names, spanning the demonym. */
    private static EntityRef countryOf(DocumentView view, Lookup demonym) {
        return new EntityRef(demonym.place().name(), EntityType.PLACE,
                new Span(view.token(demonym.firstToken()).start(), view.token(demonym.endToken() - 1).end()));
    }

    /** "imported 800 million USD of Thai rice", "worth of Chilean wine": the country of the goods bought. */
    private static EntityRef goodsOf(DocumentView view, InvestmentParties.Clause clause, MoneyMention money) {
        int of = view.f(money.endToken()).equals("worth") ? money.endToken() + 1 : money.endToken();
        if (!view.f(of).equals("of")) {
            return null;
        }
        for (Lookup l : view.lookupsStartingIn(of + 1, of + 2)) {
            if (l.category() == Lookup.Category.DEMONYM && clause.holds(l.firstToken())) {
                return countryOf(view, l);
            }
        }
        return null;
    }

    /** "Thai exports", "Korean cosmetics exports": the country of a demonym before the trade word owns it. */
    private static EntityRef demonymOwner(DocumentView view, int word) {
        for (Lookup l : view.lookupsStartingIn(Math.max(0, word - OWNER_REACH - LONGEST_DEMONYM), word)) {
            if (l.category() == Lookup.Category.DEMONYM && l.endToken() <= word && word - l.endToken() < OWNER_REACH
                    && noVerbBetween(view, l.endToken(), word)) {
                return countryOf(view, l);
            }
        }
        return null;
    }

    private static boolean noVerbBetween(DocumentView view, int from, int to) {
        for (int i = from; i < to; i++) {
            String f = view.f(i);
            if (f.equals("with") || f.equals("to") || f.equals("from") || f.equals(",") || f.equals("and") || COPULAS.contains(f)) {
                return false;
            }
        }
        return true;
    }

    /** A volume both ways: the partner that is not the article's home invests in the one that is. */
    private static Parties bothWays(DocumentView view, EntityRef home, EntityRef partner) {
        EntityRef main = mainPlace(view);
        return twoWay(main != null && Names.same(partner.name(), main.name()) && !Names.same(home.name(), main.name())
                ? parties(home, partner) : parties(partner, home));
    }

    private static Parties twoWay(Parties oneWay) {
        return oneWay == null ? null : new Parties(oneWay.investor(), oneWay.destination(), true);
    }

    private static Parties parties(EntityRef investor, EntityRef destination) {
        if (investor == null || destination == null || Names.same(investor.name(), destination.name())) {
            return null;
        }
        return new Parties(investor, destination, false);
    }

    private static EntityRef orHome(EntityRef owner, DocumentView view) {
        return owner != null ? owner : home(view);
    }

    /** The owner of the article's first owned trade figure ("Sri Lanka's total trade"), else its main place. */
    private static EntityRef home(DocumentView view) {
        for (Sentence s : view.sentences) {
            if (view.isHeadline(s)) {
                continue;
            }
            List<DocumentView.Actor> actors = InvestmentParties.actors(view, s);
            for (int i = tradeWordFrom(view, s, s.firstToken()); i >= 0; i = tradeWordFrom(view, s, i + 1)) {
                EntityRef owner = ownerOf(view, actors, i);
                if (owner != null) {
                    return owner;
                }
            }
        }
        return mainPlace(view);
    }

    private static EntityRef mainPlace(DocumentView view) {
        List<Mention> salient = view.salientPlaces();
        return salient.isEmpty() ? view.datelinePlace().orElse(null) : view.ref(salient.get(0));
    }
}
