package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/** Who puts the money in and where it goes. */
final class InvestmentParties {

    private static final Set<String> INVEST_VERBS = Words.of("invested", "invests", "poured", "pumped", "injected");

    /** Nouns whose owner receives the money: "X's largest source of investment", "the city's top investor". */
    private static final Set<String> SOURCES = Words.of("source", "sources", "investor");
    private static final Set<String> CLAUSE_ENDS = Words.of(";", "while", "whereas", "but");
    /** How far after the sum "by X" may name the investor: "a 680 million yuan plant in Qiqihar to be built by X". */
    private static final int AGENT_DISTANCE = 12;

    private InvestmentParties() {
    }

    /**
     * The investor is the company, group ("Japanese firms", "Hyogo companies") or country named
     * nearest before the sum, or else the first one after it ("a certificate to X for a ... plant").
     */
    static EntityRef investor(DocumentView view, Sentence s, MoneyMention money, List<DocumentView.Actor> actors,
            Clause clause) {
        if (InvestorClues.unnamedSource(view, money, clause)) {
            return null;
        }
        Mention subject = InvestingSubjects.of(view, s, money, clause);
        if (subject != null) {
            return subject.is(Mention.Type.GROUP) ? view.countryOf(subject) : view.ref(subject);
        }
        for (DocumentView.Actor a : actors) {
            // "Guangdong's investment in Thailand": a province or city that owns an investment puts it in
            if (InvestorClues.ownsInvestment(view, a, money) && (canInvest(a) || a.mention().is(Mention.Type.PLACE))
                    || canInvest(a) && (INVEST_VERBS.contains(view.f(a.endToken())) || InvestorClues.sourceAfter(view, a, money))) {
                return investorRef(view, a);
            }
        }
        for (DocumentView.Actor a : actors) {
            if (canInvest(a) && !a.isCountry() && a.firstToken() > money.endToken() && a.firstToken() - money.endToken() <= AGENT_DISTANCE
                    && byAgent(view, a.firstToken())) {
                return investorRef(view, a);
            }
        }
        for (Mention m : names(view, s)) {
            if (m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && m.firstToken() > money.endToken()
                    && m.firstToken() - money.endToken() <= AGENT_DISTANCE && byAgent(view, m.firstToken()) && clause.holds(m)) {
                return new EntityRef(m.name(), EntityType.ORGANISATION, m.span());
            }
        }
        Mention partner = DealPartners.of(view, s, clause);
        if (partner != null && !partner.is(Mention.Type.PLACE) && !DealPartners.signedByCompany(view, s, clause, partner)) {
            return partner.is(Mention.Type.OTHER) ? new EntityRef(partner.name(), EntityType.ORGANISATION, partner.span())
                    : view.ref(partner);
        }
        DocumentView.Actor best = null;
        for (DocumentView.Actor a : actors) {
            if (!canInvest(a) || a.isCountry() || InvestorClues.isWhole(view, a) || InvestorClues.ownsAnotherSum(view, s, a, money) || partner != null && a.firstToken() == partner.firstToken()
                    && actors.stream().anyMatch(other -> other != a && canInvest(other) && !other.isCountry())) {
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
            if (best == null && a.isCountry() && !InvestorClues.isWhole(view, a) && !InvestorClues.ownsAnotherSum(view, s, a, money)
                    && !locatedIn(view, s, a.firstToken()) && !InvestorClues.ownsNamedCompany(view, s, a, money)
                    && !InvestorClues.inCountryList(view, s, a) && !InvestorClues.ownsPlace(view, a)) {
                best = a;
            }
        }
        if (best == null) {
            Mention demonym = InvestorClues.demonymInvested(view, s, clause);
            if (demonym != null) {
                return new EntityRef(demonym.place().name(), EntityType.PLACE, demonym.span());
            }
            for (Mention m : names(view, s)) {
                if (m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && m.endToken() <= money.firstToken()
                        && (m.place() == null || !locatedIn(view, s, m.firstToken()) && m.firstToken() > clause.from())
                        && clause.holds(m) && !InvestorClues.namesTheMoney(view, m) && !InvestorClues.isDemonym(view, m)) {
                    return new EntityRef(m.name(), EntityType.ORGANISATION, m.span());
                }
            }
            return null;
        }
        return investorRef(view, best);
    }



    /**
     * The sentence's actors, less the words of its sums ("RM" and "US" in "RM 5.6 billion", "US$2.1 billion"),
     * less a place in brackets that qualifies the place before it ("Taiwan (China)", "Macau (China)") and less the
     * names of occasions ("the Mekong Partnership Summit"), which neither invest nor receive.
     */
    static List<DocumentView.Actor> actors(DocumentView view, Sentence s) {
        List<DocumentView.Actor> all = view.actors(s);
        return all.stream().filter(a -> !insideSum(view, s, a.firstToken()) && !qualifiesPlaceBefore(view, all, a)
                && !InvestorClues.namesAnOccasion(a.mention())).toList();
    }

    private static boolean qualifiesPlaceBefore(DocumentView view, List<DocumentView.Actor> all, DocumentView.Actor a) {
        if (!a.mention().is(Mention.Type.PLACE) || !view.f(a.firstToken() - 1).equals("(") || !view.f(a.endToken()).equals(")")) {
            return false;
        }
        return all.stream().anyMatch(b -> b.endToken() == a.firstToken() - 1 && b.mention().is(Mention.Type.PLACE));
    }

    static List<Mention> names(DocumentView view, Sentence s) {
        return view.mentionsIn(s).stream().filter(m -> !insideSum(view, s, m.firstToken()) && !InvestorClues.namesAnOccasion(m)).toList();
    }

    private static boolean insideSum(DocumentView view, Sentence s, int token) {
        for (MoneyMention money : view.moneyIn(s)) {
            if (money.firstToken() <= token && token < money.endToken()) {
                return true;
            }
        }
        return false;
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

    /**
     * Where the money goes, within the sum's clause: the owner of "X's third-largest source of investment",
     * a place or named site "in X" after the sum ("in the city's Benowo district", "in the Eastern Economic
     * Corridor"), else before it, else any other place; countries last, then the article's main place.
     */
    static EntityRef destination(DocumentView view, Sentence s, MoneyMention money, List<DocumentView.Actor> actors,
            EntityRef investor, Clause clause) {
        EntityRef owner = sourceOwner(view, s, clause);
        if (owner != null && !sameAs(owner, investor)) {
            return owner;
        }
        Mention partner = DealPartners.of(view, s, clause);
        if (partner != null && !sameAs(partner.name(), investor)) {
            return new EntityRef(partner.name(), partner.is(Mention.Type.PLACE) ? EntityType.PLACE : EntityType.ORGANISATION,
                    partner.span());
        }
        EntityRef after = null;
        EntityRef before = null;
        EntityRef any = null;
        EntityRef country = null;
        boolean countryAfter = false;
        String investorCountry = InvestorClues.countryCode(view, s, investor);
        for (DocumentView.Actor a : actors) {
            if (!a.mention().is(Mention.Type.PLACE) || sameAs(a.ref(), investor) || within(a.mention(), investorCountry)) {
                continue;
            }
            if (a.isCountry()) {
                boolean countryIn = locatedIn(view, s, a.firstToken()) && a.firstToken() > money.endToken();
                // "US$ 1.2 billion in Thailand and US$ 800 million in Indonesia": the country after the sum is its own
                country = country == null || countryIn && !countryAfter ? a.ref() : country;
                countryAfter |= countryIn;
                continue;
            }
            boolean in = locatedIn(view, s, a.firstToken());
            if (in && a.firstToken() > money.endToken() && after == null) {
                after = a.ref();
            } else if (in && before == null) {
                before = a.ref();
            }
            any = any == null ? a.ref() : any;
        }
        if (after == null && before == null) {
            after = siteIn(view, s, clause, money.endToken(), clause.to(), investor, investorCountry);
        }
        if (after == null && before == null) {
            before = siteIn(view, s, clause, clause.from(), money.firstToken(), investor, investorCountry);
        }
        if (after == null && before == null && any == null && country == null) {
            for (Mention m : view.salientPlaces()) {
                Mention body = view.inDateline(m) ? inBody(view, m) : m;
                if (body != null && !sameAs(body.name(), investor) && !within(body, investorCountry)) {
                    return view.ref(body);
                }
            }
        }
        return after != null ? after : before != null ? before : any != null ? any : country;
    }

    /** "Japanese-funded projects signed in Nagoya": a country's money goes abroad, never to a place of its own. */
    private static boolean within(Mention place, String country) {
        return country != null && !place.isCountry() && place.place() != null && country.equals(place.place().country());
    }

    /** "PENANG, June 3 - ... in Penang": the place of a dateline where the story names it too, or null. */
    private static Mention inBody(DocumentView view, Mention dateline) {
        for (Sentence s : view.sentences) {
            for (Mention m : view.mentionsIn(s)) {
                if (m.is(Mention.Type.PLACE) && !view.inDateline(m) && Names.same(m.name(), dateline.name())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A named site the gazetteer does not know, "in" it between {@code from} and {@code to}: "Suzhou Industrial Park". */
    private static EntityRef siteIn(DocumentView view, Sentence s, Clause clause, int from, int to, EntityRef investor,
            String investorCountry) {
        for (Mention m : names(view, s)) {
            if (m.firstToken() >= from && m.firstToken() < to && m.firstToken() - from < 16 && clause.holds(m)
                    && (m.is(Mention.Type.OTHER) || m.is(Mention.Type.PLACE) && !m.isCountry())
                    && inSite(view, s, m.firstToken()) && !sameAs(m.name(), investor) && !within(m, investorCountry)
                    && !InvestorClues.OWNED_INVESTMENT.contains(m.name().toLowerCase(java.util.Locale.ROOT))) {
                return new EntityRef(m.name(), EntityType.PLACE, m.span());
            }
        }
        return null;
    }

    /** "in the X", "in the city's X": inside a site, not "according to" it. */
    private static boolean inSite(DocumentView view, Sentence s, int first) {
        int prev = first - 1;
        if (view.f(prev).equals("'s")) {
            prev -= 2;
        }
        while (prev > s.firstToken() && view.f(prev).equals("the")) {
            prev--;
        }
        return view.f(prev).equals("in") || view.f(prev).equals("into") || view.f(prev).equals("near");
    }

    /** "in X", "into the X", "in the city's X": the words before a name say the money goes there. */
    private static boolean locatedIn(DocumentView view, Sentence s, int first) {
        int prev = first - 1;
        if (view.f(prev).equals("'s")) {
            // "the city's Benowo district", "Gifu's Seki city": skip the owner to its preposition
            prev -= 2;
        }
        while (prev > s.firstToken() && (view.f(prev).equals("the") || view.f(prev).equals("neighbouring"))) {
            prev--;
        }
        return view.f(prev).equals("in") || view.f(prev).equals("into") || view.f(prev).equals("to")
                || view.f(prev).equals("near");
    }

    /** "Japan was Central Java's third-largest source of foreign investment": the owner of the source. */
    private static EntityRef sourceOwner(DocumentView view, Sentence s, Clause clause) {
        for (int i = clause.from(); i < clause.to(); i++) {
            if (!SOURCES.contains(view.f(i))) {
                continue;
            }
            for (int k = i - 1; k > Math.max(clause.from(), i - 5); k--) {
                if (view.f(k).equals("'s")) {
                    for (DocumentView.Actor a : actors(view, s)) {
                        if (a.endToken() == k && !a.isCountry() && !a.mention().is(Mention.Type.GROUP)) {
                            return a.ref();
                        }
                    }
                    for (Mention m : names(view, s)) {
                        if (m.endToken() == k && m.is(Mention.Type.OTHER)) {
                            return new EntityRef(m.name(), EntityType.PLACE, m.span());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The words around a sum that belong with it: a clause ends at ";", "while", "whereas", "but" and ", including". */
    record Clause(int from, int to) {

        static Clause around(DocumentView view, Sentence s, int token) {
            int from = token;
            while (from > s.firstToken() && !endsClause(view, from - 1)) {
                from--;
            }
            int to = token;
            while (to < s.endToken() && !endsClause(view, to)) {
                to++;
            }
            return new Clause(from, to);
        }

        private static boolean endsClause(DocumentView view, int i) {
            String f = view.f(i);
            return CLAUSE_ENDS.contains(f) || f.equals(",") && view.f(i + 1).equals("including");
        }

        boolean holds(int token) {
            return token >= from && token < to;
        }

        boolean holds(Mention m) {
            return holds(m.firstToken());
        }

        List<DocumentView.Actor> of(List<DocumentView.Actor> actors) {
            return actors.stream().filter(a -> holds(a.firstToken())).toList();
        }
    }

    private static boolean sameAs(EntityRef a, EntityRef b) {
        return Names.same(a.name(), b.name());
    }

    private static boolean sameAs(String a, EntityRef b) {
        return Names.same(a, b.name());
    }

    static boolean isAuthority(Mention m) {
        String n = m.name().toLowerCase(java.util.Locale.ROOT);
        return n.contains("agency") || n.contains("department") || n.contains("ministry") || n.contains("committee")
                || n.contains("government") || n.contains("authority") || n.contains("jetro") || n.contains("survey");
    }

    static EntityRef investorRef(DocumentView view, DocumentView.Actor a) {
        return a.mention().is(Mention.Type.GROUP) ? view.countryOf(a.mention()) : a.ref();
    }

}
