package org.tsunagu.store.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.partner.Interest;
import org.tsunagu.store.partner.InterestKeys;
import org.tsunagu.store.partner.InterestKind;
import org.tsunagu.store.partner.InterestProfile;
import org.tsunagu.store.partner.InterestProfiles;
import org.tsunagu.store.partner.ProposedTies;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityReader;

/**
 * An editor's decisions on partner matchmaking: a sector or region added to or taken off an
 * entity's interest profile, and a tie proposed from a suggestion. Their audit entries target
 * "partners:ID", so that the entity's partner page lists them and an undo of a decision on a fact
 * naming the entity is not blocked by them.
 */
final class PartnerDecisions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_WORDS = 120;
    private static final int MAX_REASONS = 2_000;

    private PartnerDecisions() {
    }

    static String target(long entity) {
        return "partners:" + entity;
    }

    static boolean covers(Operation operation) {
        return operation instanceof Operation.SetInterest || operation instanceof Operation.ProposeTie;
    }

    static void apply(Handle handle, Operation operation, String user, Instant at) {
        if (operation instanceof Operation.SetInterest set) {
            entity(handle, set.entity());
            if (set.words() == null || set.words().isBlank() || set.words().length() > MAX_WORDS
                    || InterestKeys.of(set.words()).isEmpty()) {
                throw new CurationException("name the " + set.kind().code() + " in 1 to " + MAX_WORDS + " characters");
            }
            InterestProfiles.set(handle, set.entity(), set.kind(), set.words(), set.present(), user, at.toString());
        } else if (operation instanceof Operation.ProposeTie propose) {
            Entity one = entity(handle, propose.entity());
            Entity other = entity(handle, propose.partner());
            if (one.id() == other.id()) {
                throw new CurationException("an entity cannot be its own partner");
            }
            String reasons = propose.reasons() == null ? "" : propose.reasons().strip();
            if (reasons.length() > MAX_REASONS) {
                throw new CurationException("the reasons are longer than " + MAX_REASONS + " characters");
            }
            ProposedTies.propose(handle, one.id(), other.id(), reasons, user, at.toString());
        }
    }

    /** The state before or after: the interests of the kind, or whether the tie is proposed. */
    static ObjectNode snapshot(Handle handle, Operation operation) {
        ObjectNode node = NODES.objectNode();
        if (operation instanceof Operation.SetInterest set) {
            InterestProfile profile = InterestProfiles.of(handle, set.entity());
            (set.kind() == InterestKind.SECTOR ? profile.sectors() : profile.regions()).stream()
                    .map(Interest::label).forEach(node.putArray(set.kind().code() + "s")::add);
        } else if (operation instanceof Operation.ProposeTie propose) {
            node.put("proposed", ProposedTies.find(handle, propose.entity(), propose.partner()).isPresent());
        }
        return node;
    }

    static void describe(Operation operation, ObjectNode node) {
        if (operation instanceof Operation.SetInterest set) {
            node.put("entity", set.entity());
            node.put("kind", set.kind().code());
            node.put("words", set.words());
            node.put("present", set.present());
        } else if (operation instanceof Operation.ProposeTie propose) {
            node.put("entity", propose.entity());
            node.put("partner", propose.partner());
            node.put("reasons", propose.reasons());
        }
    }

    private static Entity entity(Handle handle, long id) {
        return EntityReader.find(handle, id).orElseThrow(() -> new CurationException("no entity " + id));
    }
}
