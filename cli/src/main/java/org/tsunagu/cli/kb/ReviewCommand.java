package org.tsunagu.cli.kb;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.tsunagu.cli.ExitCodes;
import org.tsunagu.cli.Subcommands;
import org.tsunagu.cli.common.DatabaseOption;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.audit.AuditQuery;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.knowledge.ReviewState;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {
            "Review the knowledge base: accept, reject or edit facts; merge, split, rename, retype",
            "or place entities; follow agreements up (cancel one, confirm or dismiss the activity",
            "suggested for a commitment); undo a decision.",
            "Every change is kept in the audit log (who, when, before, after): 'review log'.",
            "A person's decision outlasts re-ingestion: a rejected fact stays rejected and an",
            "edited value is never overwritten by a later article."},
        subcommands = {ReviewCommand.ListFacts.class, ReviewCommand.Accept.class, ReviewCommand.Reject.class,
            ReviewCommand.Edit.class, ReviewCommand.Merge.class, ReviewCommand.Split.class, ReviewCommand.Rename.class,
            ReviewCommand.SetType.class, ReviewCommand.SetParent.class, AgreementReviewCommands.CancelAgreement.class,
            AgreementReviewCommands.ConfirmActivity.class, AgreementReviewCommands.DismissActivity.class,
            ReviewCommand.Undo.class, ReviewCommand.Log.class},
        footer = {"", "Exit codes: 0 done, 2 usage error or an operation that does not apply (nothing changed)."})
public final class ReviewCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a review command: " + Subcommands.of(spec));
    }

    /** Options every review subcommand shares. */
    static final class Common {
        @Mixin
        DatabaseOption database;

        @Option(names = "--user", paramLabel = "NAME", description = "Who makes the change, for the audit log (default: $USER).")
        String user;

        @Option(names = "--json", description = "Print JSON, for scripts.")
        boolean json;

        String user() {
            return user != null ? user : KbOptions.defaultUser();
        }
    }

    /** Applies one operation and prints the audit entry it made. */
    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        abstract Operation operation();

        static void print(CommandSpec spec, Common common, AuditEntry entry) {
            PrintWriter out = spec.commandLine().getOut();
            if (common.json) {
                out.println(entry.json());
            } else {
                out.println(entry.operation() + " by " + entry.user() + " at " + entry.at());
                out.println("  before: " + entry.before());
                out.println("  after:  " + entry.after());
            }
        }

        @Override
        public Integer call() {
            try (Database store = Database.open(common.database.location())) {
                print(spec, common, store.apply(operation(), common.user()));
                return ExitCodes.SUCCESS;
            } catch (CurationException e) {
                spec.commandLine().getErr().println("tsunagu review: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List facts awaiting review (proposed), or in another state.")
    static final class ListFacts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Option(names = "--state", defaultValue = "proposed", description = "Review state to list (default: ${DEFAULT-VALUE}).")
        String state;

        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            KnowledgeQuery query = KnowledgeQuery.all().withState(KbOptions.code(spec, ReviewState.class, state))
                    .withLimit(limit);
            try (Database store = Database.open(common.database.location())) {
                store.knowledgeFacts(query).items()
                        .forEach(f -> FactsCommand.print(spec.commandLine().getOut(), f, common.json, true));
            }
            return ExitCodes.SUCCESS;
        }
    }

    /** A decision about one fact, named by its id. */
    abstract static class Decision extends Change {
        @Parameters(paramLabel = "FACT", description = "The fact's id (see 'tsunagu facts').")
        long fact;
    }

    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Accept a fact as true.")
    static final class Accept extends Decision {
        Operation operation() {
            return new Operation.Accept(fact);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Reject a fact: it is no longer listed, and articles that report it again do not bring it back.")
    static final class Reject extends Decision {
        Operation operation() {
            return new Operation.Reject(fact);
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Correct fields of a fact, e.g. 'edit 12 date=2013-11-01'. Editable: an agreement's",
                "kind, date and parties; a tie's kind, since, status; a role's title; an event's kind, date,",
                "end_date, date_text, name, organizers, participants, location; an investment's amount,",
                "currency, kind, as_of, rank; a product's name. Entities are names or ids separated by ';'",
                "('parties=JETRO; #12'); a name no entity goes by makes a new entity."})
    static final class Edit extends Change {
        @Parameters(index = "0", paramLabel = "FACT", description = "The fact's id.")
        long fact;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", description = "Fields to set.")
        List<String> assignments;

        Operation operation() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String assignment : assignments) {
                int equals = assignment.indexOf('=');
                if (equals <= 0) {
                    throw new ParameterException(spec.commandLine(), "expected FIELD=VALUE, got '" + assignment + "'");
                }
                fields.put(assignment.substring(0, equals).strip(), assignment.substring(equals + 1).strip());
            }
            return new Operation.Edit(fact, fields);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Make two entities one: FROM is merged into INTO, and FROM's facts follow.")
    static final class Merge extends Change {
        @Parameters(index = "0", paramLabel = "FROM", description = "The entity merged away (see 'tsunagu entities').")
        long from;

        @Parameters(index = "1", paramLabel = "INTO", description = "The entity that remains.")
        long into;

        @Option(names = "--name", paramLabel = "NAME",
                description = "The name the survivor keeps (default: its most mentioned alias, as articles come in).")
        String name;

        Operation operation() {
            return new Operation.Merge(from, into, Optional.ofNullable(name));
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Move the mentions by some of an entity's names into a new entity; their facts follow.")
    static final class Split extends Change {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity to split.")
        long entity;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ALIAS", description = "The names that go to the new entity.")
        List<String> aliases;

        Operation operation() {
            return new Operation.Split(entity, aliases);
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = {"Give an entity the name it goes by, whatever later articles call it most;",
                "mentions by the new name join it."})
    static final class Rename extends Change {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity (see 'tsunagu entities').")
        long entity;

        @Parameters(index = "1", paramLabel = "NAME", description = "Its name.")
        String name;

        Operation operation() {
            return new Operation.Rename(entity, name);
        }
    }

    @Command(name = "set-type", mixinStandardHelpOptions = true,
            description = "Say what kind of thing an entity is: organisation, place, person or group.")
    static final class SetType extends Change {
        @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity.")
        long entity;

        @Parameters(index = "1", paramLabel = "TYPE", description = "organisation, place, person or group.")
        String type;

        Operation operation() {
            return new Operation.SetType(entity, KbOptions.code(spec, EntityType.class, type));
        }
    }

    @Command(name = "set-parent", mixinStandardHelpOptions = true,
            description = "Put a place within another place, or with --none at the top of the hierarchy.")
    static final class SetParent extends Change {
        @Parameters(index = "0", paramLabel = "PLACE", description = "The place.")
        long entity;

        @Parameters(index = "1", arity = "0..1", paramLabel = "PARENT", description = "The place it lies within.")
        Long parent;

        @Option(names = "--none", description = "It lies within no other place.")
        boolean none;

        Operation operation() {
            if ((parent == null) != none) {
                throw new ParameterException(spec.commandLine(), "give either PARENT or --none");
            }
            return new Operation.SetParent(entity, parent == null ? OptionalLong.empty() : OptionalLong.of(parent));
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = {"Undo a decision by its audit entry (see 'review log'): an accept, reject or edit of a fact,",
                "or a decision on an agreement's follow-up, when no later change depends on it."})
    static final class Undo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Common common;

        @Parameters(paramLabel = "ENTRY", description = "The audit entry's id.")
        long entry;

        @Override
        public Integer call() {
            try (Database store = Database.open(common.database.location())) {
                Change.print(spec, common, store.undo(entry, common.user()));
                return ExitCodes.SUCCESS;
            } catch (CurationException e) {
                spec.commandLine().getErr().println("tsunagu review: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true,
            description = "List the audit log, newest first, filtered by person, entity and day.")
    static final class Log implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Option(names = "--json", description = "Print JSON, for scripts.")
        boolean json;

        @Option(names = "--user", paramLabel = "NAME", description = "Only changes this person made.")
        String user;

        @Option(names = "--entity", paramLabel = "ID",
                description = "Only changes to this entity or to a fact it takes part in (see 'tsunagu entities').")
        Long entity;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only changes made on this day (UTC) or later.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only changes made on this day (UTC) or earlier.")
        LocalDate to;

        @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AuditQuery query = AuditQuery.all().withUser(user).withEntity(entity).withFrom(from).withTo(to).withLimit(limit);
            try (Database store = Database.open(database.location())) {
                for (AuditEntry e : store.auditLog(query).items()) {
                    out.println(json ? e.json().toString()
                            : e.id() + "\t" + e.at() + "\t" + e.user() + "\t" + e.operation() + "\tbefore " + e.before()
                                    + "\tafter " + e.after());
                }
            }
            return ExitCodes.SUCCESS;
        }
    }
}
