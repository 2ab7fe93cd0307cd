package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.entity.EntityRef;

/**
 * The people who signed: the subject of the signing verb ("A and B signed", "A and his Hyogo
 * counterpart, B, signed", "A and B put their names to"), and the agents of a passive or a
 * representation ("was signed at the hall by A and B", "signed for X, while Y was represented by
 * B"). People after "witnessed by", "in the presence of" or in a "who" clause did not sign. A bare
 * surname counts once the article has given the full name.
 */
final class Signatories {

    /** Words after which "by" names the signers. */
    private static final Set<String> AGENT_MARKERS = Set.of("represented");
    /** Words that end the list of signers after "by". */
    private static final Set<String> AGENT_STOPS = Set.of("witnessed", "presence", "attended", "watched", "observed",
            "while", "whereas", "who", "whose", ";");
    private static final int BY_DISTANCE = 8;

    private Signatories() {
    }

    /** The signers of the signing whose verb is at {@code verb}. */
    static List<EntityRef> of(DocumentView view, Sentence s, int verb) {
        List<EntityRef> out = new ArrayList<>();
        if (verb < 0) {
            return out;
        }
        List<Mention> signers = new ArrayList<>();
        AgreementParties.subject(view, s, view.actors(s), verb, signers);
        agents(view, s, signers);
        for (Mention m : view.mentionsIn(s)) {
            if (m.is(Mention.Type.PERSON) && signers.contains(m) && isFullName(m)
                    && out.stream().noneMatch(r -> r.name().equals(m.name()))) {
                out.add(view.ref(m));
            }
        }
        return out;
    }

    /** "The document was signed by A and B": the signers of a sentence that names no document of its own. */
    static List<EntityRef> peopleSigning(DocumentView view, Sentence s) {
        return of(view, s, SigningVerbs.first(view, s, s.firstToken()));
    }

    /** People after "by" that follows a signing verb or "represented", up to a word that ends the list. */
    private static void agents(DocumentView view, Sentence s, List<Mention> signers) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!SigningVerbs.at(view, i) && !AGENT_MARKERS.contains(view.f(i))) {
                continue;
            }
            int by = view.find(s, i, Set.of("by"));
            if (by < 0 || by - i >= BY_DISTANCE) {
                continue;
            }
            int stop = by + 1;
            while (stop < s.endToken() && !AGENT_STOPS.contains(view.f(stop))) {
                stop++;
            }
            for (Mention m : view.mentionsIn(s)) {
                if (m.is(Mention.Type.PERSON) && m.firstToken() > by && m.endToken() <= stop) {
                    signers.add(m);
                }
            }
            i = stop;
        }
    }

    /** "Takeda" signs as Takeda Shigeru once the article has named him in full; an unknown bare name does not. */
    private static boolean isFullName(Mention m) {
        return m.name().strip().indexOf(' ') > 0;
    }
}
