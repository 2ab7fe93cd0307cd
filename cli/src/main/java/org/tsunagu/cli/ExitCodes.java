package org.tsunagu.cli;

/** The exit codes README promises: scripts depend on them. */
public final class ExitCodes {

    public static final int SUCCESS = 0;
    /** Some inputs failed; the others were still processed. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong or an input it names cannot be read; nothing was done. (picocli's own code for usage errors.) */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
