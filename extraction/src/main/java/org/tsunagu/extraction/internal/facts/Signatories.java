package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Role;

/**
 * The people who signed: the subject of the signing verb ("A and B signed", "A and his Hyogo
 * counterpart, B, signed", "A and B put their names to"), and the agents of a passive or a
 * representation ("was signed at the hall by A and B", "signed for X, while Y was represented by
 * B"). People after "witnessed by", "in the presence of" or in a "who" clause did not sign. A bare
 * surname counts once the article has given the full name.
 */
final class Signatories {

    /** Words after which "by" names the signers. */
    private static final Set<String> AGENT_MARKERS = Words.of("represented");
    /** Words that end the list of signers after "by" or a passive's "between". */
    private static final Set<String> AGENT_STOPS = Words.of("witnessed", "presence", "attended", "watched", "observed",
            "while", "whereas", "who", "whose", ";");
    private static final int BY_DISTANCE = 8;
    /** "The two sides signed": the leaders who met, each for a side. */
    private static final Set<String> SIDES = Words.of("sides");

    private static final Map<String, String> PLURAL_TITLES = Words.map(Map.of("mayors", "mayor", "governors",
            "governor", "presidents", "president", "chairmen", "chairman", "ministers", "minister", "ambassadors", "ambassador"));

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

    /**
     * Signers not named beside the verb: "the mayors of Busan and Fukuoka signed" (the holders of that title
     * for the parties), or "the two sides signed" after a meeting of their leaders (for each party, the first
     * person named before with a title of that party).
     */
    static List<EntityRef> ofParties(DocumentView view, List<Fact> roles, AgreementReader.Candidate c) {
        List<EntityRef> holders = titleHolders(view, roles, c.sentence(), c.parties());
        boolean sides = view.find(c.sentence(), c.sentence().firstToken(), SIDES) >= 0;
        return holders.isEmpty() && c.viaReference() && sides ? leaders(roles, c) : holders;
    }

    /**
     * "The letter of intent was signed by Governor A of X and Mayor B of Y": with no parties named beside the
     * document, each signer's body in that sentence is a party. Unchanged unless every signer has one.
     */
    static AgreementReader.Candidate withTheirBodies(List<Fact> roles, AgreementReader.Candidate c) {
        List<EntityRef> bodies = new ArrayList<>();
        for (EntityRef signer : c.signatories()) {
            Optional<EntityRef> body = bodyOf(roles, signer, c.sentence().index());
            if (body.isEmpty()) {
                return c;
            }
            Names.addUnlessSameBody(bodies, body.get());
        }
        if (bodies.size() == 1 && c.parties().size() == 1) {
            // "Governor A inked an investment deal with X": the governor signs for the place the article made them governor of
            Names.addUnlessSameBody(bodies, c.parties().get(0));
        }
        return bodies.size() < 2 ? c : new AgreementReader.Candidate(c.sentence(), c.trigger(), c.triggerEnd(), c.verb(),
                c.kind(), bodies, c.signatories(), c.date(), c.fields(), c.status(), c.plural(), c.viaReference(), c.definite());
    }

    /** The body a signer's title belongs to, as said in the signing's sentence, else where the article first said it. */
    private static Optional<EntityRef> bodyOf(List<Fact> roles, EntityRef signer, int sentence) {
        List<Role> held = roles.stream().map(Role.class::cast).filter(r -> r.person().name().equals(signer.name())
                && r.org().isPresent()).toList();
        return held.stream().filter(r -> r.evidence().sentenceIndex() == sentence).findFirst().or(() -> held.stream()
                .filter(r -> r.evidence().sentenceIndex() < sentence).findFirst()).flatMap(Role::org);
    }

    /** "The mayors of Busan and Fukuoka signed": the people holding that title for the parties. */
    private static List<EntityRef> titleHolders(DocumentView view, List<Fact> roles, Sentence s, List<EntityRef> parties) {
        List<EntityRef> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String title = PLURAL_TITLES.get(view.f(i));
            if (title == null || !view.f(i + 1).equals("of")) {
                continue;
            }
            for (Fact f : roles) {
                Role r = (Role) f;
                boolean forParty = r.org().map(o -> parties.stream().anyMatch(p -> Names.same(p.name(), o.name())))
                        .orElse(false);
                if (r.title().equalsIgnoreCase(title) && forParty && out.stream().noneMatch(p -> p.name().equals(r.person().name()))) {
                    out.add(r.person());
                }
            }
        }
        return out;
    }

    private static List<EntityRef> leaders(List<Fact> roles, AgreementReader.Candidate c) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef party : c.parties()) {
            for (Fact f : roles) {
                Role r = (Role) f;
                if (r.evidence().sentenceIndex() < c.sentence().index()
                        && r.org().map(o -> Names.same(party.name(), o.name())).orElse(false)) {
                    if (out.stream().noneMatch(p -> p.name().equals(r.person().name()))) {
                        out.add(r.person());
                    }
                    break;
                }
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
                // "the agreement was made between Minister A of X and the Mayor of Y, B": people the passive is made between
                by = view.f(i + 1).equals("between") ? i + 1 : -1;
            }
            if (by < 0) {
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
