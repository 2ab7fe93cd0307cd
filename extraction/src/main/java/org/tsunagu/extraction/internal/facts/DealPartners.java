package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.money.MoneyMention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/** The partner an investment deal, agreement or memorandum was signed "with", for {@link InvestmentParties}. */
final class DealPartners {

    private static final Set<String> DEALS = Words.of("agreement", "contract", "deal", "mou", "memorandum", "understanding");
    /** Words between a deal and its sum: "a deal worth", "an agreement valued at". */
    private static final Set<String> VALUATIONS = Words.of("worth", "valued", "at", "of", "totalling", "totaling");

    private DealPartners() {
    }

    /**
     * "signed an investment agreement with the Port of Bilbao to build a EUR 60 million quay": the partner of
     * the agreement receives the money its signer puts in, unless the signer is no company (see
     * {@link #signedByCompany}); returns the partner, or null.
     */
    static Mention of(DocumentView view, Sentence s, InvestmentParties.Clause clause) {
        for (Mention m : InvestmentParties.names(view, s)) {
            int with = view.f(m.firstToken() - 1).equals("the") ? m.firstToken() - 2 : m.firstToken() - 1;
            if (clause.holds(m) && view.f(with).equals("with") && (m.isActor() && !m.is(Mention.Type.GROUP)
                    || m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2) && dealBefore(view, s, with)) {
                return m;
            }
        }
        return null;
    }

    /**
     * "inked a 320 billion won investment deal with Delmont Chemicals": when the signer is a person, an
     * official or a place, the company it signed with puts the money in.
     */
    static boolean signedByCompany(DocumentView view, Sentence s, InvestmentParties.Clause clause, Mention partner) {
        for (Mention m : InvestmentParties.names(view, s)) {
            if (clause.holds(m) && m.endToken() <= partner.firstToken() && !m.isCountry()
                    && (m.is(Mention.Type.ORGANISATION) && !InvestmentParties.isAuthority(m) || m.is(Mention.Type.GROUP)
                    || m.is(Mention.Type.OTHER) && m.endToken() - m.firstToken() >= 2 && !InvestorClues.isDemonym(view, m))) {
                return true;
            }
        }
        return false;
    }

    /** A deal word just before "with", or before the sum that stands there: "a deal worth 500 billion won with". */
    private static boolean dealBefore(DocumentView view, Sentence s, int with) {
        for (MoneyMention money : view.moneyIn(s)) {
            if (money.endToken() == with) {
                int i = money.firstToken() - 1;
                while (i > s.firstToken() && VALUATIONS.contains(view.f(i))) {
                    i--;
                }
                return DEALS.contains(view.f(i)) || DEALS.contains(view.f(i - 1));
            }
        }
        for (int i = with - 1; i >= with - 2; i--) {
            if (DEALS.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }
}
