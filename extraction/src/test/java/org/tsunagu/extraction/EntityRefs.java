package org.tsunagu.extraction;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.Event;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.Product;
import org.tsunagu.model.fact.Relationship;
import org.tsunagu.model.fact.Role;

/** The arguments of a fact, and the check that an argument's span shows its name or the words referring to it. */
final class EntityRefs {

    private static final String SHORT_REFERENCE = "(the|this|both|he|she|his|her|it|its)\\b.*";

    private EntityRefs() {
    }

    static List<EntityRef> of(Fact fact) {
        List<EntityRef> refs = new ArrayList<>();
        if (fact instanceof Agreement a) {
            refs.addAll(a.parties());
            refs.addAll(a.signatories());
        } else if (fact instanceof Relationship r) {
            refs.add(r.a());
            refs.add(r.b());
        } else if (fact instanceof Role r) {
            refs.add(r.person());
            r.org().ifPresent(refs::add);
        } else if (fact instanceof Event e) {
            e.location().ifPresent(refs::add);
            refs.addAll(e.organizers());
            refs.addAll(e.participants());
        } else if (fact instanceof Investment i) {
            refs.add(i.investor());
            refs.add(i.destination());
        } else if (fact instanceof Product p) {
            p.origin().ifPresent(refs::add);
            p.showcasedAt().ifPresent(refs::add);
        }
        return refs;
    }

    /**
     * The span's text folds to the name or part of it ("Kuroda" for Kuroda Masahiro), holds it
     * ("Hai Phong" in "Hai Phong city"), is a short reference ("the prefecture"), or names the
     * country by its people ("Japanese firms" for Japan, "Korean companies" for South Korea), or is
     * the acronym the text defined for it.
     */
    static boolean pointsAt(String text, EntityRef ref) {
        String raw = ref.span().of(text);
        if (raw.length() >= 2 && raw.chars().allMatch(c -> Character.isUpperCase(c) || c == ' ')) {
            return true; // an acronym the text defined for the name
        }
        String covered = Fold.fold(raw).replace('\u2019', '\'');
        String name = Fold.fold(ref.name()).replace('\u2019', '\'');
        if (covered.isEmpty()) {
            return false;
        }
        if (name.contains(covered) || covered.contains(name) || covered.matches(SHORT_REFERENCE)) {
            return true;
        }
        for (String word : name.split(" ")) {
            // "Korean companies" for South Korea: the people of a country named by one of its words
            if (word.length() >= 4 && covered.startsWith(word.substring(0, 4))) {
                return true;
            }
        }
        return false;
    }
}
