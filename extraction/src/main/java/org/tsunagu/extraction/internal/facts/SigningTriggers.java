package org.tsunagu.extraction.internal.facts;

import java.util.Set;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;

/** The words that tell of a signing as an occasion, as opposed to the document signed, which agreements read. */
final class SigningTriggers {

    private static final int DOCUMENT_REACH = 6;
    private static final int OBJECT_REACH = 3;
    private static final Set<String> SIGNED = Words.of("signed", "signs", "sign", "inked", "inks");
    /** "signing ceremony", "the signing took place", "the signing was held", "the signing of the accord". */
    private static final Set<String> SIGNING_AS_OCCASION = Words.of("ceremony", "ceremonies", "took", "was", "of", "event");

    private SigningTriggers() {
    }

    /**
     * "a signing ceremony", "the signing took place", "the signing of the pact", "signed an MoU", "signed with
     * Oita": a document signed, as the agreements of the sentence read it or as the words around "signing" name it.
     */
    static boolean at(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (f.equals("signing") && SIGNING_AS_OCCASION.contains(view.f(i + 1))
                && (!view.f(i + 1).equals("of") || EventTriggers.DETERMINERS.contains(view.f(i - 1)))) {
            return true;
        }
        if (!SigningVerbs.at(view, i) || view.f(i - 1).equals("to")) {
            // "will visit Hanoi to sign a memorandum": the purpose of a trip, not a signing yet
            return false;
        }
        for (AgreementReader.Candidate c : view.agreementsIn(s)) {
            // "exchanged views on the agreement": other verbs than "sign" sign only the document right after them
            if (c.verb() == i && (SIGNED.contains(f) || c.trigger() > i && c.trigger() - i <= OBJECT_REACH)) {
                return true;
            }
        }
        if (!SIGNED.contains(f)) {
            return false;
        }
        // "a Friendship Memorandum of Understanding was signed": the document may be named as a title
        for (int k = Math.max(s.firstToken(), i - DOCUMENT_REACH); k < Math.min(s.endToken(), i + DOCUMENT_REACH); k++) {
            if (AgreementReader.NOUNS.contains(view.f(k))) {
                return true;
            }
        }
        // "signed with Oita on October 18": a signing whose document the sentence leaves unnamed
        return view.f(i + 1).equals("with") && view.actors(s).stream().anyMatch(a -> a.firstToken() == i + 2);
    }
}
