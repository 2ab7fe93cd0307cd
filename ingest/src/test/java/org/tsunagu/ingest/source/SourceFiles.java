package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tsunagu.model.document.Document;

/** Writes real files and reads them back through the public entry point, as the Ingestor will. */
final class SourceFiles {

    private SourceFiles() {
    }

    static Path write(Path folder, String name, String text) {
        return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] bytes) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult readOne(Path path) {
        return readOne(path, ReadOptions.defaults());
    }

    static ReadResult readOne(Path path, ReadOptions options) {
        List<ReadResult> results = ArticleFiles.of(List.of(path), options).readAll();
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    static ReadResult.Read read(Path path) {
        ReadResult result = readOne(path);
        assertThat(result).as(result.describe()).isInstanceOf(ReadResult.Read.class);
        return (ReadResult.Read) result;
    }

    static Document document(Path path) {
        return read(path).document();
    }

    static String reason(Path path) {
        return reason(path, ReadOptions.defaults());
    }

    static String reason(Path path, ReadOptions options) {
        ReadResult result = readOne(path, options);
        assertThat(result).as(result.describe()).isInstanceOf(ReadResult.Unreadable.class);
        return ((ReadResult.Unreadable) result).reason();
    }
}
