package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.Role;

/**
 * Persons with titles, in both orders and both name orders: "Deputy Mayor Heping Chen of
 * Chongqing City", "Governor of Japan's Gunma prefecture Yamamoto Ichita", "Zhou Mi, president of
 * the ...", "Busan Mayor Kang Tae-won", "director and secretary-general of ..." (one role per
 * title), and "his Japanese counterpart, Shinzo Abe" (the title of the person he is set against).
 */
public final class RoleStage extends FactStage {

    private static final Set<String> OF = TitleOrganisation.OF;
    private static final Set<String> HONORIFICS = Words.of("mr", "ms", "mrs", "dr");

    @Override
    public String name() {
        return "read-roles";
    }

    @Override
    public Layer<Fact> produces() {
        return Layers.ROLES;
    }

    @Override
    List<Fact> read(DocumentView view, AnnotatedDocument document) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Sentence s : view.sentences) {
            List<Mention> mentions = view.mentionsIn(s);
            for (int k = 0; k < mentions.size(); k++) {
                Mention title = mentions.get(k);
                if (!title.is(Mention.Type.TITLE)) {
                    continue;
                }
                List<Mention> titles = new ArrayList<>(List.of(title));
                int end = title.endToken();
                while (end + 1 < s.endToken() && view.f(end).equals("and") && titleAt(mentions, end + 1) != null) {
                    Mention next = titleAt(mentions, end + 1);
                    titles.add(next);
                    end = next.endToken();
                }
                if (k > 0 && mentions.get(k - 1).is(Mention.Type.TITLE) && mentions.get(k - 1).endToken() + 1 == title.firstToken()
                        && view.f(title.firstToken() - 1).equals("and")) {
                    continue;
                }
                Mention person = personAfter(view, s, mentions, end);
                double confidence = 0.9;
                Optional<EntityRef> org;
                if (person != null) {
                    org = TitleOrganisation.orgBetween(view, s, mentions, end, person.firstToken());
                    if (org.isEmpty()) {
                        org = TitleOrganisation.orgAfterPerson(view, s, mentions, person);
                    }
                    if (org.isEmpty()) {
                        org = TitleOrganisation.orgBefore(view, s, mentions, title.firstToken());
                    }
                    if (org.isEmpty()) {
                        org = TitleOrganisation.delegationOrigin(view, s, title.firstToken());
                    }
                } else {
                    person = personBefore(view, s, mentions, title.firstToken());
                    if (person != null && title.firstToken() > s.firstToken() && TitleOrganisation.demonymPlace(view, s, title.firstToken() - 1) != null
                            && TitleOrganisation.orgPhrase(view, s, mentions, end).isEmpty()) {
                        var t = view.token(title.firstToken() - 1);
                        Role role = new Role(view.ref(person), title.title(), Optional.of(new EntityRef(
                                TitleOrganisation.demonymPlace(view, s, title.firstToken() - 1), EntityType.PLACE, t.span())),
                                view.evidence(s, title.firstToken(), title.endToken()), 0.75);
                        roles.putIfAbsent(person.name().toLowerCase(Locale.ROOT) + "|" + title.title().toLowerCase(Locale.ROOT), role);
                        continue;
                    }
                    if (person == null && title.firstToken() > s.firstToken() && view.f(title.firstToken() - 1).equals("and")) {
                        person = personOfPreviousTitle(view, s, mentions, k);
                    }
                    confidence = 0.8;
                    org = person == null ? Optional.empty() : possessiveOwner(view, s, mentions, title.firstToken());
                    if (person != null && org.isEmpty()) {
                        org = TitleOrganisation.orgPhrase(view, s, mentions, end);
                    }
                }
                if (person == null) {
                    continue;
                }
                for (Mention t : titles) {
                    String key = person.name().toLowerCase(Locale.ROOT) + "|" + t.title().toLowerCase(Locale.ROOT);
                    Role role = new Role(view.ref(person), t.title(), org, view.evidence(s, t.firstToken(), t.endToken()),
                            person.endToken() - person.firstToken() == 1 ? confidence - 0.1 : confidence);
                    Role old = roles.get(key);
                    if (old == null || old.org().isEmpty() && org.isPresent()) {
                        roles.put(key, role);
                    }
                }
            }
            Counterparts.read(view, s, mentions, roles);
        }
        return new ArrayList<>(roles.values());
    }

    private static Mention titleAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.is(Mention.Type.TITLE) && m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The person right after the title, or after its of-phrase ("Governor of Gunma prefecture Yamamoto Ichita"). */
    private static Mention personAfter(DocumentView view, Sentence s, List<Mention> mentions, int end) {
        if (view.f(end).equals("(")) {
            int close = end;
            while (close < s.endToken() && !view.f(close).equals(")")) {
                close++;
            }
            end = close + 1;
        }
        if (view.f(end).equals(",") && !view.token(end - 1).isCapitalized()) {
            int next = end + 1;
            if (HONORIFICS.contains(view.f(next))) {
                next += view.f(next + 1).equals(".") ? 2 : 1;
            }
            for (Mention m : mentions) {
                if (m.firstToken() == next && m.is(Mention.Type.PERSON)) {
                    return m;
                }
            }
        }
        for (Mention m : mentions) {
            if (m.firstToken() < end) {
                continue;
            }
            if (m.is(Mention.Type.PERSON)) {
                if (m.firstToken() == end) {
                    return m;
                }
                boolean phrase = OF.contains(view.f(end)) || view.f(end).equals("to");
                if (phrase && m.firstToken() - end <= 14 && !crosses(view, end, m.firstToken(), mentions)) {
                    return m;
                }
                return null;
            }
            if (m.is(Mention.Type.TITLE)) {
                return null;
            }
        }
        return null;
    }

    private static boolean crosses(DocumentView view, int from, int to, List<Mention> mentions) {
        for (int i = from; i < to; i++) {
            Mention name = nameCovering(mentions, i);
            if (name != null) {
                // "Department of Industry and Trade": words inside a name join no clauses
                i = name.endToken() - 1;
                continue;
            }
            String f = view.f(i);
            if (f.equals(";") || f.equals(".") || f.equals("and") || f.equals("said") || f.equals("told")) {
                return true;
            }
            if (f.equals(",") && i + 1 != to) {
                return true;
            }
        }
        return false;
    }

    private static Mention nameCovering(List<Mention> mentions, int token) {
        for (Mention m : mentions) {
            if (m.firstToken() <= token && token < m.endToken() && m.endToken() - m.firstToken() > 1
                    && !m.is(Mention.Type.PERSON) && !m.is(Mention.Type.TITLE)) {
                return m;
            }
        }
        return null;
    }

    /** "Name, head of X and honorary president of Y": the person of the title before, in the same clause. */
    private static Mention personOfPreviousTitle(DocumentView view, Sentence s, List<Mention> mentions, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Mention m = mentions.get(j);
            if (m.is(Mention.Type.TITLE)) {
                for (int i = m.endToken(); i < mentions.get(k).firstToken(); i++) {
                    if (view.f(i).equals(";") || view.f(i).equals(",")) {
                        return null;
                    }
                }
                return personBefore(view, s, mentions, m.firstToken());
            }
        }
        return null;
    }

    private static Mention personBefore(DocumentView view, Sentence s, List<Mention> mentions, int titleStart) {
        int i = beforeAdjectives(view, s, titleStart);
        Mention owner = ownerEndingAt(view, mentions, i);
        if (owner != null) {
            i = owner.firstToken() - 1;
        }
        if (i <= s.firstToken() || !view.f(i).equals(",")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.is(Mention.Type.PERSON) && m.endToken() == i) {
                return m;
            }
        }
        return null;
    }

    /** The token before up to three lower-case words or demonyms ahead of a title ("former", "Japanese"). */
    private static int beforeAdjectives(DocumentView view, Sentence s, int titleStart) {
        int i = titleStart - 1;
        int adjectives = 0;
        while (i > s.firstToken() && adjectives < 3 && !view.f(i).equals(",") && view.token(i).isWord()
                && (!view.token(i).isCapitalized() || TitleOrganisation.demonymPlace(view, s, i) != null)) {
            i--;
            adjectives++;
        }
        return i;
    }

    /** "Karnataka's" in "Name, Karnataka's Minister for ...": the place or organisation owning the title. */
    private static Mention ownerEndingAt(DocumentView view, List<Mention> mentions, int possessive) {
        if (!view.f(possessive).equals("'s")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.endToken() == possessive && m.isActor()) {
                return m;
            }
        }
        return null;
    }

    private static Optional<EntityRef> possessiveOwner(DocumentView view, Sentence s, List<Mention> mentions, int titleStart) {
        Mention owner = ownerEndingAt(view, mentions, beforeAdjectives(view, s, titleStart));
        return owner == null ? Optional.empty() : Optional.of(view.ref(owner));
    }
}
