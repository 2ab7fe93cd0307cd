package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/**
 * The words that say a document was signed: "signed", "concluded", "inked", "put their names to", and
 * "renewed", "extended" or "upgraded" when what follows is the document ("renewed their memorandum").
 */
final class SigningVerbs {

    private static final Set<String> VERBS = Words.of("sign", "signed", "signs", "signing", "concluded", "concludes",
            "conclude", "exchanged", "inked", "inks", "sealed", "seals", "countersigned", "initialled", "initialed");
    /** "exchange" is as often a noun ("a data exchange agreement", "youth exchanges"): a verb only after these. */
    private static final Set<String> EXCHANGE = Words.of("exchange", "exchanges");
    private static final Set<String> BEFORE_EXCHANGE_VERB = Words.of("to", "will", "would", "shall", "can", "could", "also",
            "then", "they", "sides", "parties", "leaders", "officials", "formally", "officially", "jointly", "and");
    /** Verbs that sign a document anew: signings only when their object is the document. */
    private static final Set<String> RENEWALS = Words.of("renewed", "renews", "renew", "renewing", "extended", "extends",
            "extend", "extending", "upgraded", "upgrades", "upgrade", "upgrading", "updated", "revised");
    private static final int RENEWED_OBJECT = 6;
    /** "an agreement was reached between", "a fresh cooperation agreement was made between": a passive conclusion. */
    private static final Set<String> CONCLUDED = Words.of("made", "reached", "struck");
    /** "entered into a memorandum": a signing when "into" takes the document. */
    private static final Set<String> ENTERED = Words.of("entered", "enters", "enter", "entering");
    private static final Set<String> PASSIVE_BE = Words.of("was", "were", "been", "is", "are");
    /** How far before the passive verb its agreement noun may stand: "a cooperation agreement has been made". */
    private static final int CONCLUDED_SUBJECT = 4;
    private static final Set<String> PUT = Words.of("put", "puts", "putting");
    private static final Set<String> OWNERS = Words.of("their", "his", "her");
    private static final Set<String> MARKS = Words.of("names", "name", "signatures", "signature");

    private SigningVerbs() {
    }

    /** A signing verb starts at token i: one word, or "put their names to" and "put pen to paper". */
    static boolean at(DocumentView view, int i) {
        String f = view.f(i);
        if (VERBS.contains(f)) {
            return true;
        }
        if (EXCHANGE.contains(f)) {
            return BEFORE_EXCHANGE_VERB.contains(view.f(i - 1)) || i > 0 && view.token(i - 1).isCapitalized();
        }
        if (RENEWALS.contains(f)) {
            return documentFollows(view, i);
        }
        if (CONCLUDED.contains(f)) {
            return PASSIVE_BE.contains(view.f(i - 1)) && documentBefore(view, i);
        }
        if (ENTERED.contains(f)) {
            return view.f(i + 1).equals("into") && documentFollows(view, i + 1);
        }
        return f.startsWith("put") && PUT.contains(f) && (OWNERS.contains(view.f(i + 1)) && MARKS.contains(view.f(i + 2))
                || view.f(i + 1).equals("pen") && view.f(i + 2).equals("to"));
    }

    /**
     * The document follows the verb: "renewed their memorandum", "extended the sister-province agreement",
     * "entered into a memorandum"; not "extended a warm welcome".
     */
    private static boolean documentFollows(DocumentView view, int verb) {
        for (int i = verb + 1; i <= verb + RENEWED_OBJECT; i++) {
            String f = view.f(i);
            if (AgreementReader.NOUNS.contains(f)) {
                return true;
            }
            if (f.isEmpty() || f.equals(",") || f.equals(".") || f.equals(";") || f.equals("to") || f.equals("with")) {
                return false;
            }
        }
        return false;
    }

    private static boolean documentBefore(DocumentView view, int verb) {
        for (int i = verb - 2; i >= Math.max(0, verb - 1 - CONCLUDED_SUBJECT); i--) {
            if (AgreementReader.NOUNS.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first signing verb of the sentence at or after {@code from}, or -1. */
    static int first(DocumentView view, Sentence s, int from) {
        for (int i = Math.max(from, s.firstToken()); i < s.endToken(); i++) {
            if (at(view, i)) {
                return i;
            }
        }
        return -1;
    }
}
