package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * The subject of the verb that invests a sum, read back over the verb's helpers and an apposition:
 * "Hanul Logistics, the Korean arm of Meridian Holdings, promised to invest 2 trillion won", "Delmont
 * Chemicals has also pledged to invest". The names inside the apposition describe the subject and put
 * no money in themselves.
 */
final class InvestingSubjects {

    private static final Set<String> INVESTING = Words.of("invest", "invested", "invests", "investing", "pour", "poured",
            "pump", "pumped", "inject", "injected");
    /** Verbs that make the investing a promise: "promised to invest", "has committed to invest". */
    static final Set<String> PROMISES = Words.of("promised", "promise", "promises", "pledged", "pledge", "pledges",
            "committed", "commits", "vowed", "vows", "agreed", "agrees", "decided", "plans", "planned", "intends");
    /** Words of the verb chain between a subject and its investing verb. */
    private static final Set<String> CHAIN = Words.of("to", "has", "have", "had", "also", "will", "would", "already",
            "recently", "reportedly", "jointly", "further", "now", "later", "announced", "said", "it", "is", "was", "set");
    private static final Set<String> DETERMINERS = Words.of("the", "a", "an", "its", "their");
    /** How many words the investing verb may stand before its sum: "to invest around 500 billion won". */
    private static final int VERB_REACH = 3;
    /** How long an apposition between commas may be. */
    private static final int APPOSITION_REACH = 16;

    private InvestingSubjects() {
    }

    /** The name that invests {@code money}, or null when no investing verb has a named subject. */
    static Mention of(DocumentView view, Sentence s, MoneyMention money, InvestmentParties.Clause clause) {
        int verb = verbBefore(view, clause, money);
        if (verb < 0) {
            return null;
        }
        int k = verb - 1;
        while (k > clause.from() && (CHAIN.contains(view.f(k)) || PROMISES.contains(view.f(k)))) {
            k--;
        }
        if (view.f(k).equals(",")) {
            k = appositionStart(view, clause, k);
            if (k < 0) {
                return null;
            }
        }
        return view.mentionEndingAt(s, k + 1, m -> canInvest(view, m));
    }

    private static int verbBefore(DocumentView view, InvestmentParties.Clause clause, MoneyMention money) {
        for (int i = money.firstToken() - 1; i >= Math.max(clause.from(), money.firstToken() - VERB_REACH); i--) {
            if (INVESTING.contains(view.f(i))) {
                return i;
            }
        }
        return -1;
    }

    /** From the comma closing ", the Korean arm of X,", the token before the comma that opens it, or -1. */
    private static int appositionStart(DocumentView view, InvestmentParties.Clause clause, int closing) {
        for (int i = closing - 1; i > Math.max(clause.from(), closing - APPOSITION_REACH); i--) {
            if (view.f(i).equals(",")) {
                return DETERMINERS.contains(view.f(i + 1)) ? i - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * A company, a group or a country, or a longer name the gazetteer does not know; never a person, a demonym or an
     * authority, whose spending is public works.
     */
    private static boolean canInvest(DocumentView view, Mention m) {
        return m.is(Mention.Type.ORGANISATION) && !InvestmentParties.isAuthority(m) || m.is(Mention.Type.GROUP) || m.isCountry()
                || m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && !InvestorClues.isDemonym(view, m);
    }
}
