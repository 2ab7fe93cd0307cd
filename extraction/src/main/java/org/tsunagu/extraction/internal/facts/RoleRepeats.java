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
 * both fall within another role's (one of them the same) repeats that role and is dropped, as does one
 * with the same title whose person is the other's name spelt a little differently ("Nguyen VanLinh");
 * an organisation only the repeat knew goes to the fuller role.
 */
final class RoleRepeats {

    /** A role with the words of its person and title, folded once. */
    private record Words(Role role, Set<String> person, Set<String> title) {
        static Words of(Role role) {
            return new Words(role, words(role.person().name()), words(role.title()));
        }

        boolean repeats(Words fuller) {
            boolean samePerson = person.equals(fuller.person);
            boolean sameTitle = title.equals(fuller.title);
            if (samePerson && sameTitle) {
                return false;
            }
            if (fuller.person.containsAll(person)) {
                return fuller.title.containsAll(title) && (samePerson || sameTitle);
            }
            return sameTitle && spelledWithin(person, fuller.person);
        }
    }

    /** Shortest word in which a letter's difference is a spelling variant rather than another name. */
    private static final int VARIANT_LENGTH = 5;

    private RoleRepeats() {
    }

    static List<Role> without(Collection<Role> roles) {
        List<Words> all = new ArrayList<>(roles.size());
        for (Role r : roles) {
            all.add(Words.of(r));
        }
        Role[] out = roles.toArray(new Role[0]);
        boolean[] dropped = new boolean[out.length];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out.length; j++) {
                if (j != i && !dropped[j] && all.get(i).repeats(all.get(j))) {
                    if (out[j].org().isEmpty() && out[i].org().isPresent()) {
                        out[j] = new Role(out[j].person(), out[j].title(), out[i].org(), out[j].evidence(), out[j].confidence());
                    }
                    dropped[i] = true;
                    break;
                }
            }
        }
        List<Role> kept = new ArrayList<>(out.length);
        for (int i = 0; i < out.length; i++) {
            if (!dropped[i]) {
                kept.add(out[i]);
            }
        }
        return kept;
    }

    /**
     * "Nguyen VanLinh" for "Nguyen Van Linh", "Nkurukusa" for "Mwabashike Nkulukusa": each word is one of the fuller
     * name's, two of them run together, or one of them spelt with a letter changed.
     */
    private static boolean spelledWithin(Set<String> person, Set<String> fuller) {
        for (String word : person) {
            if (!fuller.contains(word) && !runTogether(word, fuller) && !oneLetterApart(word, fuller)) {
                return false;
            }
        }
        return true;
    }

    private static boolean runTogether(String word, Set<String> fuller) {
        for (String first : fuller) {
            if (word.startsWith(first) && fuller.contains(word.substring(first.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneLetterApart(String word, Set<String> fuller) {
        if (word.length() < VARIANT_LENGTH) {
            return false;
        }
        for (String other : fuller) {
            if (other.length() == word.length() && differences(word, other) == 1) {
                return true;
            }
        }
        return false;
    }

    private static int differences(String a, String b) {
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            n += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return n;
    }

    private static Set<String> words(String name) {
        return new HashSet<>(Arrays.asList(Fold.fold(name).replace('-', ' ').trim().split("\\s+")));
    }
}
