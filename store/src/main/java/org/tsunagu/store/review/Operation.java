package org.tsunagu.store.review;

import java.util.List;
import java.util.Map;

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

    /** Makes {@code from} and {@code into} one entity, {@code into}; their facts follow. */
    record Merge(long from, long into) implements Operation {
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
}
