package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
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

    private static final Set<String> CONTEXT = Words.of("invest", "invested", "investing", "investment", "investments",
            "investors", "investor", "capital", "fdi", "projects", "project", "plant", "factory", "warehouse", "terminal", "expansion",
            "exports", "imports", "export", "import", "exported", "imported", "shipped", "shipments", "trade", "attracted", "poured", "registered", "facility", "hub", "mill", "workshop", "quay", "depot",
            "intent", "pledged", "pledges", "mou", "mous");
    private static final Set<String> EXCLUDED = Words.of("costs", "cost", "damage", "damages", "relief", "aid", "donation",
            "donated", "repair", "losses", "loss", "fundraising");
    private static final Set<String> TOTAL = Words.of("registered", "combined", "cumulative", "poured", "valid",
            "accumulated", "account", "accounted", "attracted");
    private static final Set<String> PLEDGE = Words.of("announced", "pledged", "pledge", "commit", "committed", "would", "will");
    /** Words that make a sum only hoped for: "could reach", "aims to attract", "is expected to bring". */
    private static final Set<String> HEDGES = Words.of("considering", "consider", "considers", "might", "could", "mulling",
            "possible", "potential", "studying", "may", "expected", "expects", "aims", "aim", "aiming", "hope", "hopes", "hoping",
            "targets", "targeting", "seeks", "seeking", "eyes", "eyeing");
    /** Money that is earned, owed, lent, granted or spent, not invested, when named in the sum's clause. */
    private static final Set<String> OTHER_MONEY = Words.of("revenue", "revenues", "profit", "profits", "sales", "turnover",
            "gdp", "grdp", "tax", "taxes", "budget", "oda", "assistance", "loan", "loans", "grant", "grants", "salary",
            "salaries", "wages", "price", "prices", "spending", "income");
    /** How many words around a sum a word of {@link #OTHER_MONEY} may stand to name it. */
    private static final int OTHER_MONEY_REACH = 8;
    /** How many words before a sum a hedge of its clause may stand. */
    private static final int HEDGE_REACH = 14;
    /** How far before a sum the participle of its phrase may stand: ", bringing in some US$ 2 billion". */
    private static final int PARTICIPLE_REACH = 5;
    /** Investment applications are promised money, not money put in. */
    private static final Set<String> APPLICATIONS = Words.of("applications", "application", "applied");
    /** Sums of memoranda, deals, proposals, commitments and approvals are promised money too ("MoUs worth Rs 1,200 crore"). */
    private static final Set<String> COMMITMENTS = Words.of("mou", "mous", "deal", "deals", "proposals", "proposal", "commitments",
            "commitment", "approved", "approvals");
    /** Words after "the third largest" that make it a rank among investors or markets. */
    private static final Set<String> RANKED = Words.of("source", "sources", "investor", "investors", "market", "markets",
            "destination", "destinations", "partner", "partners", "among", "share");
    private static final Set<String> NUMBER_WORDS = Words.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten");
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
            boolean context = view.contains(s, CONTEXT);
            if (view.isHeadline(s) || !context && !contextBefore(view, s)
                    || view.contains(s, EXCLUDED) && !TradeParties.speaksOfTrade(view, s)) {
                // a headline sums up a figure the body states with its context
                continue;
            }
            List<SourceLists.Entry> list = TradeParties.speaksOfTrade(view, s) ? List.of()
                    : SourceLists.in(view, s, InvestmentParties.actors(view, s));
            if (!context && list.isEmpty()) {
                continue;
            }
            for (SourceLists.Entry entry : list) {
                Investment i = entry.investor().isEmpty() || hedged(view, s, entry.money())
                        || otherMoney(view, s, entry.money()) ? null : read(view, s, entry, list);
                if (i != null) {
                    out.add(i);
                }
            }
            for (MoneyMention money : view.moneyIn(s)) {
                if (money.parenthetical() || hedged(view, s, money) || otherMoney(view, s, money)
                        || list.stream().anyMatch(e -> e.money() == money)) {
                    continue;
                }
                out.addAll(read(view, s, money));
            }
        }
        return out;
    }

    /** "Investment in Da Nang rose. Japan led with US$ 1.2 billion, followed by ...": a list may take its context from the sentence before. */
    private static boolean contextBefore(DocumentView view, Sentence s) {
        return s.index() > 0 && view.contains(view.sentences.get(s.index() - 1), CONTEXT);
    }

    /** An entry of a list of investors: the destination is a place none of the list's investors name. */
    private static Investment read(DocumentView view, Sentence s, SourceLists.Entry entry, List<SourceLists.Entry> list) {
        MoneyMention money = entry.money();
        EntityRef investor = InvestmentParties.investorRef(view, entry.investor().orElseThrow());
        InvestmentParties.Clause clause = InvestmentParties.Clause.around(view, s, money.firstToken());
        List<DocumentView.Actor> others = clause.of(InvestmentParties.actors(view, s)).stream()
                .filter(a -> list.stream().noneMatch(e -> e.investor().filter(i -> i.firstToken() == a.firstToken()).isPresent()))
                .toList();
        EntityRef destination = InvestmentParties.destination(view, s, money, others, investor, clause);
        if (destination == null) {
            return null;
        }
        return new Investment(investor, destination, money.money(), listKind(view, s, money), asOf(view, s, money),
                entry.rank().or(() -> rank(view, s)), List.of(), view.evidence(s, money.firstToken(), money.endToken()), 0.7);
    }

    /** "reported revenue of 2.3 trillion yen", "ODA to the city totalled US$500 million", "US$20 million in loans". */
    private static boolean otherMoney(DocumentView view, Sentence s, MoneyMention money) {
        InvestmentParties.Clause clause = InvestmentParties.Clause.around(view, s, money.firstToken());
        int from = Math.max(clause.from(), money.firstToken() - OTHER_MONEY_REACH);
        int to = Math.min(clause.to(), money.endToken() + 3);
        for (int i = from; i < to; i++) {
            if (OTHER_MONEY.contains(view.f(i)) && !TradeParties.TRADE.contains(view.f(i - 1))) {
                // "trade turnover", "export turnover" is the trade itself
                return true;
            }
        }
        return false;
    }

    /**
     * "deals are likely to be inked at the expo, bringing in Rs 4.1 lakh crore": a sum in a participle phrase after a
     * comma shares the modality of the clause it hangs on, however long; returns the participle, or -1.
     */
    private static int participleBefore(DocumentView view, int from, MoneyMention money) {
        for (int i = money.firstToken() - 1; i > Math.max(from, money.firstToken() - PARTICIPLE_REACH); i--) {
            if (view.f(i).endsWith("ing") && view.f(i - 1).equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** "is considering opening a workshop and training centre in Hue worth around VND 120 billion". */
    private static boolean hedged(DocumentView view, Sentence s, MoneyMention money) {
        int from = InvestmentParties.Clause.around(view, s, money.firstToken()).from();
        int participle = participleBefore(view, from, money);
        int reach = participle >= 0 ? from : Math.max(from, money.firstToken() - HEDGE_REACH);
        for (int i = reach; i < money.firstToken(); i++) {
            if (HEDGES.contains(view.f(i)) && !view.token(i).isCapitalized()) {
                // capitalised, "May" is the month
                return true;
            }
        }
        return false;
    }

    private static List<Investment> read(DocumentView view, Sentence s, MoneyMention money) {
        List<DocumentView.Actor> actors = InvestmentParties.actors(view, s);
        if (TradeParties.speaksOfTrade(view, s)) {
            TradeParties.Parties parties = TradeParties.of(view, s, money, actors);
            if (parties == null) {
                return List.of();
            }
            Investment trade = investment(view, s, money, parties.investor(), parties.destination(), 0.75);
            // a volume both ways is as much the other side's: its reverse is written too, less surely
            return parties.bothWays() ? List.of(trade, investment(view, s, money, parties.destination(), parties.investor(), 0.6))
                    : List.of(trade);
        }
        InvestmentParties.Clause clause = InvestmentParties.Clause.around(view, s, money.firstToken());
        List<DocumentView.Actor> inClause = clause.of(actors);
        EntityRef investor = InvestmentParties.investor(view, s, money, inClause, clause);
        if (investor == null) {
            return List.of();
        }
        EntityRef destination = InvestmentParties.destination(view, s, money, inClause, investor, clause);
        return destination == null ? List.of() : List.of(investment(view, s, money, investor, destination, 0.75));
    }

    private static Investment investment(DocumentView view, Sentence s, MoneyMention money, EntityRef investor,
            EntityRef destination, double confidence) {
        return new Investment(investor, destination, money.money(), kind(view, s, money), asOf(view, s, money),
                rank(view, s), List.of(), view.evidence(s, money.firstToken(), money.endToken()), confidence);
    }

    /**
     * "... total registered capital of 3.2 billion USD. Singapore leads with 900 million USD, followed by ...": a list
     * that takes its context from the sentence before shares that sentence's cumulative total.
     */
    private static InvestmentKind listKind(DocumentView view, Sentence s, MoneyMention money) {
        boolean totalBefore = !view.contains(s, CONTEXT) && contextBefore(view, s)
                && view.contains(view.sentences.get(s.index() - 1), TOTAL);
        return totalBefore ? InvestmentKind.FDI_TOTAL : kind(view, s, money);
    }

    private static InvestmentKind kind(DocumentView view, Sentence s, MoneyMention money) {
        return TradeParties.speaksOfTrade(view, s) ? InvestmentKind.TRADE : view.contains(s, APPLICATIONS) || view.contains(s, COMMITMENTS) ? InvestmentKind.PLEDGE
                : view.contains(s, TOTAL) ? InvestmentKind.FDI_TOTAL
                : pledge(view, s, money) ? InvestmentKind.PLEDGE : InvestmentKind.PROJECT;
    }

    private static boolean pledge(DocumentView view, Sentence s, MoneyMention money) {
        for (int i = Math.max(s.firstToken(), money.firstToken() - 6); i < money.firstToken(); i++) {
            if (PLEDGE.contains(view.f(i)) || InvestingSubjects.PROMISES.contains(view.f(i))) {
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

    /** "ranking second", "ranked 3rd", "the third-largest source of FDI", "the largest foreign investor". */
    private static Optional<Integer> rank(DocumentView view, Sentence s) {
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            String f = view.f(i);
            if ((f.equals("top") || f.equals("leading")) && !view.token(i + 1).isNumber()
                    && !ORDINALS.contains(view.f(i + 1)) && !NUMBER_WORDS.contains(view.f(i + 1)) && rankedAfter(view, s, i)) {
                // "the top foreign investor"; "the top three sources" is a list
                return Optional.of(1);
            }
            if ((f.equals("largest") || f.equals("biggest")) && rankedAfter(view, s, i)) {
                int before = view.f(i - 1).equals("-") ? i - 2 : i - 1;
                int n = ORDINALS.indexOf(view.f(before));
                return Optional.of(n >= 0 ? n + 1 : 1);
            }
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

    private static boolean rankedAfter(DocumentView view, Sentence s, int largest) {
        for (int i = largest + 1; i < Math.min(s.endToken(), largest + 4); i++) {
            if (RANKED.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }
}
