package org.tsunagu.store.resolution;

import static org.tsunagu.store.resolution.EntityResolver.ENTITY_OF_KEY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.model.fact.Role;
import org.tsunagu.store.internal.JdbcStatements;

/**
 * Joins a person a document names only by a name private to it ("Governor Yamamoto of Gunma
 * Prefecture", a seeker) to the person other documents name in full with the same family name,
 * title and organisation ("Governor of Gunma Prefecture Yamamoto Ichita", a holder).
 *
 * <p>The context is not a match key: entities are the connected groups of mentions sharing a key,
 * so a key that two full names held ("Yamamoto Ichita", governor of Gunma in 2020, and "Yamamoto
 * Taro", governor in 2008) would make them one person, and seekers sharing one would chain
 * unrelated Yamamotos together. Holders therefore only record their contexts, and a seeker joins
 * the holders of its contexts only when they are exactly one person; two seekers are never joined
 * to each other but through that person. The rule is not monotonic: a second holder arriving
 * later shows an earlier link was a guess. So the seekers of a context that gains a holder (and,
 * when a document merges entities, those of all its contexts) are decided again, and a link that
 * became ambiguous is undone ({@link SeekerSplit}); people's own merges and splits stand. The graph
 * depends on the documents, not on the order they came in.
 */
final class PersonContexts {

    private final Handle handle;
    private final JdbcStatements statements;
    private final EntityResolver.EntityMerges merges;

    PersonContexts(Handle handle, JdbcStatements statements, EntityResolver.EntityMerges merges) {
        this.handle = handle;
        this.statements = statements;
        this.merges = merges;
    }

    /**
     * What a document's roles recorded: all their contexts, the document's own seekers, and the
     * contexts that gained a holder, the only way a seeker recorded earlier can gain one.
     */
    record Recorded(Set<RoleContext> contexts, Set<String> seekers, Set<RoleContext> newlyHeld) {
    }

    /**
     * Records the contexts of a document's roles whose person and organisation are known, by the
     * person's keys (after {@link FamilyNames}) and the organisation's entity as it now stands
     * ({@code entities}, by reference).
     */
    Recorded record(List<Role> roles, Map<EntityRef, MentionKeys> persons, Map<EntityRef, Long> entities) {
        Recorded recorded = new Recorded(new LinkedHashSet<>(), new TreeSet<>(), new LinkedHashSet<>());
        for (Role role : roles) {
            MentionKeys person = persons.get(role.person());
            if (role.org().isEmpty() || person.type() != EntityType.PERSON) {
                continue;
            }
            long organisation = entities.get(role.org().get());
            List<String> words = MentionKeys.personWords(Names.clean(person.alias()));
            if (words.isEmpty()) {
                continue;
            }
            boolean seeker = person.isPrivatePerson();
            String key = person.keys().stream().filter(k -> seeker || !MentionKeys.isPrivateKey(k)).findFirst()
                    .orElseThrow();
            for (String family : seeker ? List.of(words.get(0)) : List.of(words.get(0), words.get(words.size() - 1))) {
                RoleContext context = RoleContext.of(family, role, organisation);
                boolean added = statements.execute(RECORD, key, context.family(), context.title(), context.organisation(),
                        seeker ? 1 : 0) > 0;
                recorded.contexts().add(context);
                if (seeker) {
                    recorded.seekers().add(key);
                } else if (added) {
                    recorded.newlyHeld().add(context);
                }
            }
        }
        return recorded;
    }

    private static final String RECORD = """
            INSERT INTO kb_person_roles (person_key, family, title, organisation_id, seeker) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    /**
     * Decides the document's seekers, and decides again the seekers of the contexts that gained a
     * holder; when the document merged entities ({@code survivors}, which may be the organisations
     * or the holders of a context), the seekers of all its contexts and of those organisations. True
     * when an entity merged or split. A holder named again in every article of an archive thus
     * reopens no decision, where deciding every seeker of the context again grew with the archive.
     */
    boolean relink(Recorded recorded, Collection<Long> survivors) {
        Set<String> seekers = new TreeSet<>(recorded.seekers());
        for (RoleContext context : survivors.isEmpty() ? recorded.newlyHeld() : recorded.contexts()) {
            seekers.addAll(statements.strings(SEEKERS_OF_CONTEXT, context.family(), context.title(), context.organisation()));
        }
        if (!survivors.isEmpty()) {
            seekers.addAll(handle.createQuery(SEEKERS_AT).bindList("organisations", new ArrayList<>(survivors))
                    .mapTo(String.class).list());
        }
        boolean changed = false;
        for (String seeker : seekers) {
            changed |= decide(seeker);
        }
        return changed;
    }

    private static final String SEEKERS_OF_CONTEXT = """
            SELECT s.person_key FROM kb_person_roles s JOIN kb_entities o ON o.id = s.organisation_id
            WHERE s.family = ? AND s.title = ? AND s.seeker = 1
              AND COALESCE(o.merged_into, o.id) = ?""";

    private static final String SEEKERS_AT = """
            SELECT s.person_key FROM kb_person_roles s JOIN kb_entities o ON o.id = s.organisation_id
            WHERE s.seeker = 1 AND COALESCE(o.merged_into, o.id) IN (<organisations>)""";

    private boolean decide(String seeker) {
        List<Long> holders = statements.longs(HOLDERS, seeker);
        long current = statements.oneLong(ENTITY_OF_KEY, seeker);
        if (holders.size() == 1 && holders.get(0) != current
                && !EntityResolver.anyCurated(handle, List.of(current, holders.get(0)))) {
            long survivor = Math.min(current, holders.get(0));
            merges.merge(handle, Math.max(current, holders.get(0)), survivor);
            return true;
        }
        boolean linked = statements.oneLong("SELECT COUNT(*) FROM kb_entity_keys WHERE entity_id = ? AND match_key <> ?",
                current, seeker) > 0;
        if (holders.size() > 1 && linked && !EntityResolver.anyCurated(handle, List.of(current))) {
            new SeekerSplit(handle).split(seeker, current);
            return true;
        }
        return false;
    }

    /** The people who hold any of the seeker's contexts under a full name. */
    private static final String HOLDERS = """
            SELECT DISTINCT k.entity_id FROM kb_person_roles s
            JOIN kb_entities so ON so.id = s.organisation_id
            JOIN kb_person_roles h ON h.family = s.family AND h.title = s.title AND h.seeker = 0
            JOIN kb_entities ho ON ho.id = h.organisation_id
            JOIN kb_entity_keys k ON k.match_key = h.person_key
            WHERE s.person_key = ? AND s.seeker = 1
              AND COALESCE(ho.merged_into, ho.id) = COALESCE(so.merged_into, so.id)""";
}
