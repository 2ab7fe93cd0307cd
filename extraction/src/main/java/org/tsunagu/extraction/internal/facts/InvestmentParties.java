package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.lexicon.Lookup;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/** Who puts the money in and where it goes. */
final class InvestmentParties {

    private static final Set<String> INVEST_VERBS = Set.of("invested", "invests", "poured", "pumped", "injected");

    private InvestmentParties() {
    }

    /**
     * The investor is the company, group ("Japanese firms", "Hyogo companies") or country named
     * nearest before the sum, or else the first one after it ("a certificate to X for a ... plant").
     */
    static EntityRef investor(DocumentView view, Sentence s, MoneyMention money, List<DocumentView.Actor> actors) {
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
                return new EntityRef(m.name(), EntityType.ORGANISATION, m.span());
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
                return new EntityRef(demonym.place().name(), EntityType.PLACE, demonym.span());
            }
            for (Mention m : view.mentionsIn(s)) {
                if (m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && m.endToken() <= money.firstToken()
                        && m.place() == null) {
                    return new EntityRef(m.name(), EntityType.ORGANISATION, m.span());
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
    static EntityRef destination(DocumentView view, Sentence s, MoneyMention money, List<DocumentView.Actor> actors,
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
                    after = new EntityRef(m.name(), EntityType.PLACE, m.span());
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

    private static boolean isAuthority(Mention m) {
        String n = m.name().toLowerCase(java.util.Locale.ROOT);
        return n.contains("agency") || n.contains("department") || n.contains("ministry") || n.contains("committee")
                || n.contains("government") || n.contains("authority") || n.contains("jetro") || n.contains("survey");
    }

    static EntityRef investorRef(DocumentView view, DocumentView.Actor a) {
        return a.mention().is(Mention.Type.GROUP) ? view.countryOf(a.mention()) : a.ref();
    }

    private static Mention demonymInvested(DocumentView view, Sentence s) {
        for (var l : view.doc.get(Layers.LOOKUPS)) {
            if (l.category() == Lookup.Category.DEMONYM && s.containsToken(l.firstToken())
                    && l.endToken() + 1 < s.endToken() && view.f(l.endToken()).equals("-")
                    && view.f(l.endToken() + 1).startsWith("invest")) {
                return new Mention(l.firstToken(), l.endToken(), view.token(l.firstToken()).span(), Mention.Type.GROUP,
                        view.token(l.firstToken()).text(), l.place(), null);
            }
        }
        return null;
    }
}
