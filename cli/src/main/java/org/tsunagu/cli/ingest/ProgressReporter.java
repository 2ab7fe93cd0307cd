package org.tsunagu.cli.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tsunagu.cli.common.TerminalText;
import org.tsunagu.ingest.IngestListener;

/**
 * Shows ingest progress on standard error: a live bar on a terminal; in a pipe or a log, where a
 * redrawn bar would be noise, one plain line per thousand documents. Failures and warnings are
 * printed as they happen, one line each, naming the file. Other long tasks (indexing) reuse it
 * under their own words.
 */
public final class ProgressReporter implements IngestListener, AutoCloseable {

    static final long LINE_EVERY = 1_000;

    private final PrintStream err;
    private final boolean terminal;
    private final Words words;
    private ProgressBar bar;

    /** What the task is called on the bar ("Ingesting", " docs") and in plain lines ("ingested", "documents"). */
    public record Words(String task, String unit, String done, String things) {
        static final Words INGEST = new Words("Ingesting", " docs", "ingested", "documents");
    }

    public ProgressReporter(PrintStream err, boolean terminal) {
        this(err, terminal, Words.INGEST);
    }

    private ProgressReporter(PrintStream err, boolean terminal, Words words) {
        this.err = err;
        this.terminal = terminal;
        this.words = words;
    }

    public static ProgressReporter onStandardError() {
        return onStandardError(Words.INGEST);
    }

    public static ProgressReporter onStandardError(Words words) {
        return new ProgressReporter(System.err, System.console() != null, words);
    }

    @Override
    public void started(long files) {
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(words.task())
                    .setInitialMax(files)
                    .setUnit(words.unit(), 1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .build();
        }
    }

    @Override
    public void advanced(long done, long files) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (done % LINE_EVERY == 0 || done == files) {
            err.printf("%s %,d of %,d %s%n", words.done(), done, files, words.things());
        }
    }

    @Override
    public void failed(Path file, String reason) {
        err.println("tsunagu: " + TerminalText.escaped(file) + ": " + TerminalText.escaped(reason));
    }

    @Override
    public void warned(Path file, String warning) {
        err.println("tsunagu: warning: " + TerminalText.escaped(file) + ": " + TerminalText.escaped(warning));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
