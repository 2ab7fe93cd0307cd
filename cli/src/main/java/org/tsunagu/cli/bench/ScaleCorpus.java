package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The generated corpus {@code bench scale} reads, kept in its work folder: a corpus of the same
 * seed and at least the size asked for is used again, since a million articles take a while to write.
 */
final class ScaleCorpus {

    private static final String WRITTEN = "written.txt";

    private ScaleCorpus() {
    }

    static Path ensure(Path work, long documents, long seed, PrintWriter out) {
        Path folder = work.resolve("corpus-" + seed);
        Path marker = folder.resolve(WRITTEN);
        try {
            if (Files.exists(marker) && Long.parseLong(Files.readString(marker).strip()) >= documents) {
                out.printf(Locale.ROOT, "corpus: %s (written before)%n", folder);
                return folder;
            }
            CorpusWriter.Written written = CorpusWriter.write(documents, seed, folder);
            Files.writeString(marker, documents + "\n");
            out.printf(Locale.ROOT, "corpus: %,d articles (%,d syndicated copies), %.1f MB, in %s%n",
                    written.articles(), written.copies(), written.bytes() / 1e6, folder);
            return folder;
        } catch (IOException | NumberFormatException e) {
            throw new UncheckedIOException("cannot prepare the corpus in " + folder,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }
}
