package org.tsunagu.cli.kb;

import java.util.Optional;
import org.tsunagu.store.agreement.ActivityDecision;
import org.tsunagu.store.review.Operation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The review subcommands that follow an agreement up: cancel it, confirm or dismiss the activity suggested for a commitment. */
final class AgreementReviewCommands {

    private AgreementReviewCommands() {
    }

    @Command(name = "cancel-agreement", mixinStandardHelpOptions = true,
            description = {"Say that an agreement was cancelled, on a day and for a reason when known; its status then",
                "reads cancelled. --withdraw says it was not cancelled after all ('review undo' also takes it back)."})
    static final class CancelAgreement extends ReviewCommand.Change {
        @Parameters(paramLabel = "FACT", description = "The agreement's fact id (see 'tsunagu facts --type agreement').")
        long fact;

        @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", description = "The day it was cancelled, or its month or year.")
        String date;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it was cancelled.")
        String reason;

        @Option(names = "--withdraw", description = "It was not cancelled: take an earlier cancellation back.")
        boolean withdraw;

        Operation operation() {
            return new Operation.CancelAgreement(fact, !withdraw, Optional.ofNullable(date), Optional.ofNullable(reason));
        }
    }

    /** A decision on a later fact suggested as carrying out one commitment of an agreement. */
    abstract static class ActivityChange extends ReviewCommand.Change {
        @Parameters(index = "0", paramLabel = "FACT", description = "The agreement's fact id.")
        long fact;

        @Parameters(index = "1", paramLabel = "ACTIVITY", description = "The later fact's id, as the agreement's page lists it.")
        long activity;

        @Option(names = "--commitment", required = true, paramLabel = "TEXT", description = "The commitment, by its text.")
        String commitment;

        abstract ActivityDecision decision();

        Operation operation() {
            return new Operation.DecideActivity(fact, commitment, activity, decision());
        }
    }

    @Command(name = "confirm-activity", mixinStandardHelpOptions = true,
            description = "Confirm that a later fact carries out a commitment of an agreement: it counts as the commitment's activity.")
    static final class ConfirmActivity extends ActivityChange {
        ActivityDecision decision() {
            return ActivityDecision.CONFIRMED;
        }
    }

    @Command(name = "dismiss-activity", mixinStandardHelpOptions = true,
            description = "Say that a later fact suggested for a commitment of an agreement does not carry it out.")
    static final class DismissActivity extends ActivityChange {
        ActivityDecision decision() {
            return ActivityDecision.DISMISSED;
        }
    }
}
