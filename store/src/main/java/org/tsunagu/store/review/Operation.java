package org.tsunagu.store.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.agreement.ActivityDecision;
import org.tsunagu.store.agreement.CommitmentStatus;
import org.tsunagu.store.partner.InterestKind;

/**
 * A person's change to the knowledge base, small and serialisable: validated, applied, and kept
 * in the audit log with the state before and after it.
 */
public sealed interface Operation {

    /** What the operation changes, as the audit log names it: "fact:12", "entity:3". */
    String target();

    /** The operation's name in the audit log and on the command line. */
    String name();

    record Accept(long fact) implements Operation {
        public String target() {
            return "fact:" + fact;
        }

        public String name() {
            return "accept";
        }
    }

    record Reject(long fact) implements Operation {
        public String target() {
            return "fact:" + fact;
        }

        public String name() {
            return "reject";
        }
    }

    /** Sets fields of the fact ("date" to "2013-11-01"); later documents never overwrite them. */
    record Edit(long fact, Map<String, String> fields) implements Operation {
        public Edit {
            fields = Map.copyOf(fields);
        }

        public String target() {
            return "fact:" + fact;
        }

        public String name() {
            return "edit";
        }
    }

    /**
     * Makes {@code from} and {@code into} one entity, {@code into}; their facts follow. With a
     * {@code survivorName}, the survivor is called so from then on; without, after its most mentioned alias.
     */
    record Merge(long from, long into, Optional<String> survivorName) implements Operation {
        public Merge(long from, long into) {
            this(from, into, Optional.empty());
        }

        public String target() {
            return "entity:" + into;
        }

        public String name() {
            return "merge";
        }
    }

    /** Moves the mentions by these names out of the entity into a new one; their facts follow. */
    record Split(long entity, List<String> aliases) implements Operation {
        public Split {
            aliases = List.copyOf(aliases);
        }

        public String target() {
            return "entity:" + entity;
        }

        public String name() {
            return "split";
        }
    }

    /** Gives the entity the name a person chose; mentions by the new name join it from then on. */
    record Rename(long entity, String newName) implements Operation {
        public String target() {
            return "entity:" + entity;
        }

        public String name() {
            return "rename";
        }
    }

    /** Says what kind of thing the entity is, when entity resolution read it wrong. */
    record SetType(long entity, EntityType type) implements Operation {
        public String target() {
            return "entity:" + entity;
        }

        public String name() {
            return "set-type";
        }
    }

    /** Puts a place within another place, or (with no parent) at the top of the hierarchy. */
    record SetParent(long entity, OptionalLong parent) implements Operation {
        public String target() {
            return "entity:" + entity;
        }

        public String name() {
            return "set-parent";
        }
    }

    /** Says where one commitment of an agreement stands, the commitment named by its text. */
    record SetCommitmentStatus(long fact, String commitment, CommitmentStatus status) implements Operation {
        public String target() {
            return AgreementDecisions.target(fact);
        }

        public String name() {
            return "commitment-status";
        }
    }

    /**
     * Says an agreement was cancelled, on a day ("2025-06-30", "2025-06" or "2025") and for a reason
     * when the editor knows them, or, with {@code cancelled} false, that it was not.
     */
    record CancelAgreement(long fact, boolean cancelled, Optional<String> on, Optional<String> reason) implements Operation {
        public CancelAgreement(long fact, boolean cancelled) {
            this(fact, cancelled, Optional.empty(), Optional.empty());
        }

        public String target() {
            return AgreementDecisions.target(fact);
        }

        public String name() {
            return "cancel-agreement";
        }
    }

    /** Adds a sector or partner region to an entity's interest profile or, with {@code present} false, takes it off. */
    record SetInterest(long entity, InterestKind kind, String words, boolean present) implements Operation {
        public String target() {
            return PartnerDecisions.target(entity);
        }

        public String name() {
            return "interest";
        }
    }

    /** Proposes a tie between the entity and a partner, as a suggestion explained it; a person enters it, no article states it. */
    record ProposeTie(long entity, long partner, String reasons) implements Operation {
        public String target() {
            return PartnerDecisions.target(entity);
        }

        public String name() {
            return "propose-tie";
        }
    }

    /**
     * Confirms that a later fact ({@code activity}) carries out one commitment of an agreement,
     * dismisses it, or ({@code SUGGESTED}) takes the decision back.
     */
    record DecideActivity(long fact, String commitment, long activity, ActivityDecision decision) implements Operation {
        public String target() {
            return AgreementDecisions.target(fact);
        }

        public String name() {
            return "commitment-activity";
        }
    }
}
