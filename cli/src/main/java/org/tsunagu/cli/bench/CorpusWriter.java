package org.tsunagu.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tsunagu.cli.ingest.ProgressReporter;
import org.tsunagu.reference.ReferencePlaces;

/**
 * {@code bench corpus}: writes articles 0 to N-1 of a {@link GeneratedCorpus} into a folder, one
 * file at a time, so that a million articles take no more memory than one.
 */
final class CorpusWriter {

    /** What a written corpus holds. */
    record Written(long articles, long copies, long bytes) {
    }

    private static final ProgressReporter.Words WORDS =
            new ProgressReporter.Words("Generating", " articles", "generated", "articles");

    private CorpusWriter() {
    }

    static Written write(long documents, long seed, Path folder) {
        GeneratedCorpus corpus = new GeneratedCorpus(Localities.of(ReferencePlaces.standard()), seed);
        long copies = 0;
        long bytes = 0;
        try (ProgressReporter progress = ProgressReporter.onStandardError(WORDS)) {
            progress.started(documents);
            for (long number = 0; number < documents; number++) {
                GeneratedCorpus.Article article = corpus.article(number);
                byte[] text = article.text().getBytes(StandardCharsets.UTF_8);
                Path file = folder.resolve(article.path());
                Files.createDirectories(file.getParent());
                Files.write(file, text);
                copies += article.isCopy() ? 1 : 0;
                bytes += text.length;
                progress.advanced(number + 1, documents);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + folder, e);
        }
        return new Written(documents, copies, bytes);
    }
}
