package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.structure.Attachment;
import org.tsunagu.extraction.internal.structure.NameList;
import org.tsunagu.extraction.internal.structure.SentenceStructure;
import org.tsunagu.extraction.internal.structure.VerbGroup;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/**
 * Parties and partners read off the sentence structure's name lists: "signed between A and the
 * German city of B", "with the U.S. states of A and B and the Chinese provinces of C and D". A
 * member that is no actor of its own (a name after "the city of") becomes one; countries that
 * only locate the member before them are not members.
 */
final class CoordinatedParties {

    /** How far after the document's name its "between" may stand: "the MoU has been signed between". */
    private static final int BETWEEN_REACH = 6;
    private static final Set<String> SUBJECT_LEADS = Words.of("on", "for", "concerning", "regarding");
    /** How long a document's subject before its "between" may be: "on cooperation in skilled trades and nursing". */
    private static final int SUBJECT_REACH = 12;

    private CoordinatedParties() {
    }

    /** The names after "between" shortly after {@code from}; empty when there is none. */
    static List<DocumentView.Actor> between(DocumentView view, Sentence s, List<DocumentView.Actor> all, int from) {
        return after(view, s, all, "between", afterSubject(view, s, afterGloss(view, s, from)), BETWEEN_REACH);
    }

    /**
     * "the declaration of intent on cooperation in nursing and training between A and B": the reach starts after
     * the document's subject, a phrase of lower-case words, when "between" ends it.
     */
    private static int afterSubject(DocumentView view, Sentence s, int from) {
        if (!SUBJECT_LEADS.contains(view.f(from))) {
            return from;
        }
        for (int i = from + 1; i < Math.min(s.endToken(), from + SUBJECT_REACH); i++) {
            if (view.f(i).equals("between")) {
                return i;
            }
            if (!view.token(i).isWord() && !view.f(i).equals(",") || view.token(i).isCapitalized()) {
                return from;
            }
        }
        return from;
    }

    /** "An MoU (memorandum of understanding) was concluded between": the reach starts after the bracketed gloss. */
    private static int afterGloss(DocumentView view, Sentence s, int from) {
        if (!view.f(from).equals("(")) {
            return from;
        }
        int close = view.find(s, from, Set.of(")"));
        return close < 0 ? from : close + 1;
    }

    /** The names a preposition takes in [from, from + reach), as actors. */
    static List<DocumentView.Actor> after(DocumentView view, Sentence s, List<DocumentView.Actor> all, String preposition,
            int from, int reach) {
        Optional<Attachment> attachment = view.structure(s).attachment(preposition, from, reach);
        return attachment.map(a -> actors(view, all, a.names())).orElse(List.of());
    }

    /** "A and the German city of B signed": the list of names that ends where the verb group starts. */
    static List<DocumentView.Actor> subjectOf(DocumentView view, Sentence s, List<DocumentView.Actor> all, int verb) {
        SentenceStructure structure = view.structure(s);
        int start = structure.verbHeadedAt(verb).map(VerbGroup::firstToken).orElse(verb);
        for (NameList list : structure.lists()) {
            if (list.endToken() == start) {
                return actors(view, all, list);
            }
        }
        return List.of();
    }

    static List<DocumentView.Actor> actors(DocumentView view, List<DocumentView.Actor> all, NameList names) {
        List<DocumentView.Actor> out = new ArrayList<>();
        for (Mention m : names.members()) {
            DocumentView.Actor actor = all.stream().filter(a -> a.firstToken() == m.firstToken()).findFirst()
                    .orElseGet(() -> asActor(view, m));
            if (actor != null && !actor.mention().is(Mention.Type.GROUP)
                    && out.stream().noneMatch(o -> Names.same(o.ref().name(), actor.ref().name()))) {
                out.add(actor);
            }
        }
        return out;
    }

    /** A name the mention finder left without a type, taken as a party because the list puts it among parties. */
    private static DocumentView.Actor asActor(DocumentView view, Mention m) {
        if (!m.is(Mention.Type.OTHER) || view.inDateline(m)) {
            return null;
        }
        Mention typed = m.withType(Mention.Type.ORGANISATION, m.name());
        return new DocumentView.Actor(m.firstToken(), m.endToken(), typed,
                new EntityRef(m.name(), EntityType.ORGANISATION, m.span()), false);
    }
}
