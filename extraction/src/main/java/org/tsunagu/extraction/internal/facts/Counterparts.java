package org.tsunagu.extraction.internal.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.mention.ShortReference;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Role;

/** "Modi and his Japanese counterpart, Shinzo Abe": the counterpart holds the same title for his side. */
final class Counterparts {

    private Counterparts() {
    }

    /** "Huang and his Hyogo counterpart": the role of the person "his" stands for, if the article gave one. */
    private static Role roleOfOwner(DocumentView view, Sentence s, int counterpart, Map<String, Role> roles) {
        for (ShortReference r : view.referencesIn(s)) {
            if (r.firstToken() < counterpart && counterpart - r.firstToken() <= 3 && !r.referents().isEmpty()
                    && r.referents().get(0).is(Mention.Type.PERSON)) {
                String owner = r.referents().get(0).name();
                for (Role role : roles.values()) {
                    if (role.person().name().equals(owner)) {
                        return role;
                    }
                }
            }
        }
        return null;
    }

    /** "Modi and his Japanese counterpart, Shinzo Abe": the counterpart holds the same title for his country. */
    static void read(DocumentView view, Sentence s, List<Mention> mentions, Map<String, Role> roles) {
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            if (!view.f(i).equals("counterpart") || !view.f(i + 1).equals(",")) {
                continue;
            }
            Mention person = null;
            for (Mention m : mentions) {
                if (m.firstToken() == i + 2 && m.is(Mention.Type.PERSON)) {
                    person = m;
                }
            }
            Role model = roleOfOwner(view, s, i, roles);
            for (Role r : roles.values()) {
                if (model == null && person != null && !r.person().name().equals(person.name())
                        && r.evidence().sentence().start() <= s.span().start()) {
                    model = model == null || r.title().contains("Minister") || r.title().contains("President") ? r : model;
                }
            }
            if (person == null || model == null) {
                continue;
            }
            String country = i - 1 >= s.firstToken() ? TitleOrganisation.demonymPlace(view, s, i - 1) : null;
            Optional<EntityRef> org = country == null ? Optional.empty()
                    : Optional.of(new EntityRef(country, EntityType.PLACE, view.token(i - 1).span()));
            String key = person.name().toLowerCase(Locale.ROOT) + "|" + model.title().toLowerCase(Locale.ROOT);
            roles.putIfAbsent(key, new Role(view.ref(person), model.title(), org, view.evidence(s, i, i + 1), 0.6));
        }
    }
}
