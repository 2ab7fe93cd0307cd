package org.tsunagu.cli;

/** The exit codes README promises: scripts depend on them. */
final class ExitCodes {

    static final int SUCCESS = 0;
    /** Some inputs failed; the others were still processed. */
    static final int SOME_FAILED = 1;
    /** The command line was wrong; nothing was done. (picocli's own code for usage errors.) */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
