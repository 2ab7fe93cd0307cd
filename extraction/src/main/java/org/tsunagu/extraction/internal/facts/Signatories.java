package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.entity.EntityRef;

/** The people who signed: named just before the signing verb, or after "signed ... by". */
final class Signatories {

    private Signatories() {
    }

    static List<EntityRef> of(DocumentView view, Sentence s, int verb) {
        List<EntityRef> out = new ArrayList<>();
        if (verb < 0) {
            return out;
        }
        int from = -1;
        for (int v = s.firstToken(); v < s.endToken() && from < 0; v++) {
            if (AgreementReader.VERBS.contains(view.f(v))) {
                int by = view.find(s, v, Set.of("by"));
                from = by >= 0 && by - v < 8 ? by : -1;
            }
        }
        List<Mention> subjectPeople = new ArrayList<>();
        AgreementParties.subject(view, s, view.actors(s), verb, subjectPeople);
        for (Mention m : view.mentionsIn(s)) {
            if (!m.is(Mention.Type.PERSON) || m.endToken() - m.firstToken() < 2) {
                continue;
            }
            if (from >= 0 && m.firstToken() > from || subjectPeople.contains(m)) {
                out.add(view.ref(m));
            }
        }
        return out;
    }

    /** "A and B signed the document": the people named just before a signing verb. */
    static List<EntityRef> peopleSigning(DocumentView view, Sentence s) {
        List<EntityRef> out = new ArrayList<>();
        int verb = view.find(s, s.firstToken(), AgreementReader.VERBS);
        if (verb < 0) {
            return out;
        }
        List<Mention> people = new ArrayList<>();
        AgreementParties.subject(view, s, view.actors(s), verb, people);
        for (Mention m : people) {
            if (m.endToken() - m.firstToken() >= 2) {
                out.add(0, view.ref(m));
            }
        }
        int by = view.find(s, verb, Set.of("by"));
        if (by >= 0 && by - verb < 8) {
            for (Mention m : view.mentionsIn(s)) {
                if (m.is(Mention.Type.PERSON) && m.firstToken() > by && m.endToken() - m.firstToken() >= 2) {
                    out.add(view.ref(m));
                }
            }
        }
        return out;
    }
}
