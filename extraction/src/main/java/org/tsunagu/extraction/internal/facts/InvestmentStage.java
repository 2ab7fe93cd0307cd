package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.time.DateMention;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.time.PartialDate;

/**
 * Money figures of investment and trade: cumulative FDI ("Korean investors have put 2.1
 * billion USD into the province, ranking second"), projects, pledges ("announced it would invest") and
 * directional trade ("the province's exports to Korea reached 4.2 billion yuan"). Sums under
 * consideration and costs of damage or relief are not investment.
 */
public final class InvestmentStage extends FactStage {

    private static final Set<String> CONTEXT = Set.of("invest", "invested", "investing", "investment", "investments",
            "investors", "capital", "fdi", "projects", "project", "plant", "factory", "warehouse", "terminal", "expansion",
            "exports", "imports", "trade", "poured", "registered", "facility", "hub");
    private static final Set<String> EXCLUDED = Set.of("costs", "cost", "damage", "damages", "relief", "aid", "donation",
            "donated", "repair", "losses", "loss", "fundraising");
    private static final Set<String> TRADE = Set.of("exports", "imports", "trade", "exported", "shipments");
    private static final Set<String> TOTAL = Set.of("registered", "combined", "cumulative", "poured", "valid",
            "accumulated", "account", "accounted", "attracted");
    private static final Set<String> PLEDGE = Set.of("announced", "pledged", "pledge", "commit", "committed", "would", "will");
    private static final Set<String> HEDGES = Set.of("considering", "consider", "considers", "might", "could", "mulling",
            "possible", "potential", "studying");
    private static final Set<String> INVEST_VERBS = Set.of("invested", "invests", "poured", "pumped", "injected");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");

    @Override
    public String name() {
        return "read-investments";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.INVESTMENTS;
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        List<Fact> out = new ArrayList<>();
        for (Sentence s : view.sentences) {
            if (view.isHeadline(s)) {
                // a headline sums up a figure the body states with its context
                continue;
            }
            for (MoneyMention money : view.moneyIn(s)) {
                if (money.parenthetical() || !view.contains(s, CONTEXT) || view.contains(s, EXCLUDED)
                        && !view.contains(s, TRADE) || hedged(view, s, money)) {
                    continue;
                }
                Investment i = read(view, s, money);
                if (i != null) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private static boolean hedged(DocumentView view, Sentence s, MoneyMention money) {
        for (int i = Math.max(s.firstToken(), money.firstToken() - 6); i < money.firstToken(); i++) {
            if (HEDGES.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    private static Investment read(DocumentView view, Sentence s, MoneyMention money) {
        boolean trade = view.contains(s, TRADE);
        InvestmentKind kind = trade ? InvestmentKind.TRADE : view.contains(s, TOTAL) ? InvestmentKind.FDI_TOTAL
                : pledge(view, s, money) ? InvestmentKind.PLEDGE : InvestmentKind.PROJECT;
        List<DocumentView.Actor> actors = view.actors(s);
        EntityRef investor = null;
        EntityRef destination = null;
        if (trade) {
            int exports = view.find(s, s.firstToken(), TRADE);
            for (DocumentView.Actor a : actors) {
                if (a.endToken() <= exports && exports - a.endToken() <= 4) {
                    investor = investorRef(view, a);
                }
                if (a.firstToken() > exports && destination == null && view.f(a.firstToken() - 1).equals("to")) {
                    destination = a.ref();
                }
                if (a.firstToken() > exports && view.f(exports + 1).equals("between")) {
                    if (investor == null) {
                        investor = a.ref();
                    } else if (destination == null) {
                        destination = a.ref();
                    }
                }
            }
        } else {
            investor = investor(view, s, money, actors);
            if (investor == null) {
                return null;
            }
            destination = destination(view, s, money, actors, investor);
        }
        if (investor == null || destination == null) {
            return null;
        }
        return new Investment(investor, destination, money.money(), kind, asOf(view, s, money), rank(view, s),
                List.of(), view.evidence(s, money.firstToken(), money.endToken()), 0.75);
    }

    /**
     * The investor is the company, group ("Japanese firms", "Hyogo companies") or country named
     * nearest before the sum, or else the first one after it ("a certificate to X for a ... plant").
     */
    private static EntityRef investor(DocumentView view, Sentence s, MoneyMention money, List<DocumentView.Actor> actors) {
        for (DocumentView.Actor a : actors) {
            if (canInvest(a) && INVEST_VERBS.contains(view.f(a.endToken()))) {
                return investorRef(view, a);
            }
        }
        for (DocumentView.Actor a : actors) {
            if (canInvest(a) && !a.isCountry() && a.firstToken() > money.endToken() && a.firstToken() - money.endToken() <= 8
                    && byAgent(view, a.firstToken())) {
                return investorRef(view, a);
            }
        }
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && m.firstToken() > money.endToken()
                    && m.firstToken() - money.endToken() <= 8 && byAgent(view, m.firstToken())) {
                return new EntityRef(m.name(), org.tsunagu.model.entity.EntityType.ORGANISATION, m.span());
            }
        }
        DocumentView.Actor best = null;
        for (DocumentView.Actor a : actors) {
            if (!canInvest(a) || a.isCountry()) {
                continue;
            }
            if (a.endToken() <= money.firstToken()) {
                best = a;
            } else if (best == null) {
                best = a;
                break;
            }
        }
        for (DocumentView.Actor a : actors) {
            if (best == null && a.isCountry()) {
                best = a;
            }
        }
        if (best == null) {
            Mention demonym = demonymInvested(view, s);
            if (demonym != null) {
                return new EntityRef(demonym.place().name(), org.tsunagu.model.entity.EntityType.PLACE, demonym.span());
            }
            for (Mention m : view.mentionsIn(s)) {
                if (m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && m.endToken() <= money.firstToken()
                        && m.place() == null) {
                    return new EntityRef(m.name(), org.tsunagu.model.entity.EntityType.ORGANISATION, m.span());
                }
            }
            return null;
        }
        return investorRef(view, best);
    }

    /** "by Kansai Cable", "by Osaka-based Kansai Cable": the agent of the investment. */
    private static boolean byAgent(DocumentView view, int first) {
        return view.f(first - 1).equals("by") || view.f(first - 1).equals("based") && view.f(first - 2).equals("-")
                && view.f(first - 4).equals("by");
    }

    private static boolean canInvest(DocumentView.Actor a) {
        Mention m = a.mention();
        return m.is(Mention.Type.GROUP) || m.is(Mention.Type.ORGANISATION) && !isAuthority(m) || a.isCountry();
    }

    /** Where the money goes: a place "in X" after the sum, else before it, else any other place; countries last. */
    private static EntityRef destination(DocumentView view, Sentence s, MoneyMention money, List<DocumentView.Actor> actors,
            EntityRef investor) {
        EntityRef after = null;
        EntityRef before = null;
        EntityRef any = null;
        EntityRef country = null;
        for (DocumentView.Actor a : actors) {
            if (!a.mention().is(Mention.Type.PLACE) || sameAs(a.ref(), investor)) {
                continue;
            }
            if (a.isCountry()) {
                country = country == null ? a.ref() : country;
                continue;
            }
            int prev = a.firstToken() - 1;
            while (prev > s.firstToken() && (view.f(prev).equals("the") || view.f(prev).equals("neighbouring"))) {
                prev--;
            }
            boolean in = view.f(prev).equals("in") || view.f(prev).equals("into") || view.f(prev).equals("to");
            if (in && a.firstToken() > money.endToken() && after == null) {
                after = a.ref();
            } else if (in && before == null) {
                before = a.ref();
            }
            any = any == null ? a.ref() : any;
        }
        if (after == null) {
            for (Mention m : view.mentionsIn(s)) {
                if (m.firstToken() > money.endToken() && m.firstToken() - money.endToken() < 16 && !m.is(Mention.Type.PERSON)
                        && !m.isCountry()
                        && !m.is(Mention.Type.TITLE) && view.f(m.firstToken() - 1).equals("in") && !sameAs(m.name(), investor)) {
                    after = new EntityRef(m.name(), org.tsunagu.model.entity.EntityType.PLACE, m.span());
                    break;
                }
            }
        }
        if (after == null && before == null && any == null && country == null) {
            for (Mention m : view.salientPlaces()) {
                if (!view.inDateline(m) && !sameAs(m.name(), investor)) {
                    return view.ref(m);
                }
            }
        }
        return after != null ? after : before != null ? before : any != null ? any : country;
    }

    private static boolean sameAs(EntityRef a, EntityRef b) {
        return Names.same(a.name(), b.name());
    }

    private static boolean sameAs(String a, EntityRef b) {
        return Names.same(a, b.name());
    }

    private static boolean isCountryRef(DocumentView view, EntityRef ref) {
        return view.doc.get(Layers.LOOKUPS).stream().anyMatch(l -> l.place() != null
                && l.place().kind() == org.tsunagu.extraction.internal.lexicon.Place.Kind.COUNTRY && l.place().name().equals(ref.name()));
    }

    private static boolean isAuthority(Mention m) {
        String n = m.name().toLowerCase(java.util.Locale.ROOT);
        return n.contains("agency") || n.contains("department") || n.contains("ministry") || n.contains("committee")
                || n.contains("government") || n.contains("authority") || n.contains("jetro") || n.contains("survey");
    }

    private static EntityRef investorRef(DocumentView view, DocumentView.Actor a) {
        return a.mention().is(Mention.Type.GROUP) ? view.countryOf(a.mention()) : a.ref();
    }

    private static Mention demonymInvested(DocumentView view, Sentence s) {
        for (var l : view.doc.get(Layers.LOOKUPS)) {
            if (l.category() == org.tsunagu.extraction.internal.lexicon.Lookup.Category.DEMONYM && s.containsToken(l.firstToken())
                    && l.endToken() + 1 < s.endToken() && view.f(l.endToken()).equals("-")
                    && view.f(l.endToken() + 1).startsWith("invest")) {
                return new Mention(l.firstToken(), l.endToken(), view.token(l.firstToken()).span(), Mention.Type.GROUP,
                        view.token(l.firstToken()).text(), l.place(), null);
            }
        }
        return null;
    }

    private static boolean pledge(DocumentView view, Sentence s, MoneyMention money) {
        for (int i = Math.max(s.firstToken(), money.firstToken() - 6); i < money.firstToken(); i++) {
            if (PLEDGE.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<PartialDate> asOf(DocumentView view, Sentence s, MoneyMention money) {
        DateMention best = view.nearestDate(s, money.firstToken());
        for (DateMention d : view.datesIn(s)) {
            if (d.text().equalsIgnoreCase("currently") && d.resolved()) {
                best = d;
            }
        }
        if (best != null && best.resolved()) {
            return Optional.of(best.date());
        }
        return view.documentDate.map(d -> d.hasMonth() ? PartialDate.ofMonth(d.year(), d.month()) : d);
    }

    private static Optional<Integer> rank(DocumentView view, Sentence s) {
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            String f = view.f(i);
            if (f.startsWith("rank") || f.equals("raking")) {
                String next = view.f(i + 1);
                int n = ORDINALS.indexOf(next);
                if (n >= 0) {
                    return Optional.of(n + 1);
                }
                if (next.matches("\\d+(st|nd|rd|th)")) {
                    return Optional.of(Integer.parseInt(next.replaceAll("\\D", "")));
                }
            }
        }
        return Optional.empty();
    }
}
