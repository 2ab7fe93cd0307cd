package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.model.fact.Role;

/**
 * A person met again later: "Governor Spencer Cox" after "Spencer James Cox, Governor of Utah", or
 * "Governor Sohn" after "Gyeonggi Provincial Governor Sohn Hak-kyu". A role whose person and title
 * both fall within another role's (one of them the same) repeats that role and is dropped; an
 * organisation only the repeat knew goes to the fuller role.
 */
final class RoleRepeats {

    private RoleRepeats() {
    }

    static List<Role> without(Collection<Role> roles) {
        List<Role> kept = new ArrayList<>(roles);
        for (Role repeat : roles) {
            for (int i = 0; i < kept.size(); i++) {
                Role fuller = kept.get(i);
                if (fuller != repeat && repeats(repeat, fuller)) {
                    kept.remove(repeat);
                    if (fuller.org().isEmpty() && repeat.org().isPresent()) {
                        kept.set(kept.indexOf(fuller), new Role(fuller.person(), fuller.title(), repeat.org(),
                                fuller.evidence(), fuller.confidence()));
                    }
                    break;
                }
            }
        }
        return kept;
    }

    private static boolean repeats(Role repeat, Role fuller) {
        Set<String> person = words(repeat.person().name());
        Set<String> fullerPerson = words(fuller.person().name());
        Set<String> title = words(repeat.title());
        Set<String> fullerTitle = words(fuller.title());
        boolean samePerson = person.equals(fullerPerson);
        boolean sameTitle = title.equals(fullerTitle);
        return fullerPerson.containsAll(person) && fullerTitle.containsAll(title) && (samePerson || sameTitle)
                && !(samePerson && sameTitle);
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(Fold.fold(name).replace('-', ' ').trim().split("\\s+")));
    }
}
