package org.tsunagu.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.tsunagu.ingest.source.SourceFiles.readOne;
import static org.tsunagu.ingest.source.SourceFiles.reason;
import static org.tsunagu.ingest.source.SourceFiles.write;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.model.document.Document;

class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void walksFoldersRecursivelyInFileNameOrder() {
        write(dir, "b.txt", "Second.");
        write(dir, "a.md", "First.");
        write(dir, "sub/c.html", "<p>Fourth.</p>");
        write(dir, "sub/B.TXT", "Third.");
        write(dir, "sub/deeper/d.htm", "<p>Fifth.</p>");
        write(dir, "z.markdown", "Sixth.");

        List<ReadResult> results = ArticleFiles.of(List.of(dir)).readAll();

        assertThat(results).extracting(result -> dir.relativize(result.path()).toString().replace('\\', '/'))
                .containsExactly("a.md", "b.txt", "sub/B.TXT", "sub/c.html", "sub/deeper/d.htm", "z.markdown");
        assertThat(results).allMatch(ReadResult.Read.class::isInstance);
    }

    @Test
    void skipsOtherFileTypesAndHiddenEntriesInFoldersSilently() {
        write(dir, "article.txt", "Kept.");
        write(dir, "notes.docx", "Not read.");
        write(dir, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        write(dir, "README", "No extension.");
        write(dir, "._article.txt", new byte[] {0, 5, 22, 7});
        write(dir, ".git/HEAD.txt", "ref: refs/heads/main");

        assertThat(ArticleFiles.of(List.of(dir)).readAll())
                .extracting(ReadResult::path)
                .containsExactly(dir.resolve("article.txt"));
    }

    @Test
    void refusesAFileNamedExplicitlyWithAnUnsupportedType() {
        Path docx = write(dir, "report.docx", "Word file.");
        Path bare = write(dir, "README", "No extension.");

        assertThat(reason(docx)).isEqualTo("unsupported file type .docx");
        assertThat(reason(bare)).isEqualTo("unsupported file type (no extension)");
    }

    @Test
    void readsExtensionsWhateverTheirCase() {
        Path file = write(dir, "Shout.HTML", "<p>Loud page.</p>");

        assertThat(SourceFiles.document(file).text()).isEqualTo("Loud page.");
    }

    @Test
    void namesTheDocumentAfterTheFileAndKeepsThePathAsGivenAsItsSource() {
        Path file = write(dir, "2024-03-05.port-deal.txt", "Japan and Vietnam signed.");

        Document document = SourceFiles.document(file);

        assertThat(document.name()).isEqualTo("2024-03-05.port-deal");
        assertThat(document.source()).isEqualTo(file.toString());
        assertThat(document.text()).isEqualTo("Japan and Vietnam signed.");
    }

    @Test
    void reportsAPathThatDoesNotExist() {
        Path missing = dir.resolve("missing/article.txt");

        ReadResult result = readOne(missing);

        assertThat(result).isEqualTo(new ReadResult.Unreadable(missing, "no such file or folder"));
        assertThat(result.describe()).isEqualTo(missing + ": no such file or folder");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(reason(write(dir, "empty.txt", ""))).isEqualTo("empty file");
    }

    @Test
    void reportsAFileOfOnlyWhitespace() {
        assertThat(reason(write(dir, "blank.txt", " \n\t\r\n  \u00A0\n"))).isEqualTo("file has only whitespace");
    }

    @Test
    void reportsABinaryFile() {
        assertThat(reason(write(dir, "image.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3})))
                .isEqualTo("binary file, not text");
    }

    @Test
    void refusesAFileAboveTheDefaultSizeLimitWithoutReadingIt() throws IOException {
        Path big = dir.resolve("dump.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }

        assertThat(reason(big)).isEqualTo("file is 50.0 MB, above the 20 MB limit");
    }

    @Test
    void takesTheSizeLimitFromTheOptions() {
        Path file = write(dir, "article.txt", "x".repeat(3000));

        assertThat(reason(file, ReadOptions.defaults().withMaxFileBytes(2048)))
                .isEqualTo("file is 2.9 KB, above the 2 KB limit");
    }

    @Test
    void refusesArticleTextAboveTheCharacterLimit() {
        Path file = write(dir, "book.txt", "word ".repeat(300));

        assertThat(reason(file, ReadOptions.defaults().withMaxTextChars(1000)))
                .isEqualTo("article text is 1,499 characters, above the limit of 1,000");
    }

    @Test
    void reportsAFileItMayNotRead() throws IOException {
        Path file = write(dir, "secret.txt", "Classified.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as root: the file stays readable").isFalse();

        assertThat(reason(file)).isEqualTo("permission denied");
    }

    @Test
    void reportsAFolderItCannotList() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        write(locked, "inside.txt", "Hidden.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("running as root: the folder stays listable").isFalse();

            assertThat(ArticleFiles.of(List.of(dir)).readAll()).containsExactly(
                    new ReadResult.Unreadable(locked, "folder cannot be listed: permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void countsWhatIterationWillGiveWithoutReadingFiles() {
        write(dir, "a.txt", "One.");
        write(dir, "sub/b.md", "Two.");
        write(dir, "sub/c.png", "skipped");
        write(dir, "empty.txt", "");
        Path missing = dir.resolve("missing.txt");
        ArticleFiles files = ArticleFiles.of(List.of(dir, missing));

        assertThat(files.count()).isEqualTo(4);
        assertThat(files.readAll()).hasSize(4);
    }

    @Test
    void readsEachFileOnlyWhenIterationReachesIt() throws IOException {
        Path first = write(dir, "1.txt", "First.");
        Path second = write(dir, "2.txt", "Second.");
        Iterator<ReadResult> results = ArticleFiles.of(List.of(dir)).iterator();

        assertThat(results.next()).isInstanceOf(ReadResult.Read.class).extracting(ReadResult::path).isEqualTo(first);
        Files.writeString(second, "Rewritten after the walk began.");

        assertThat(((ReadResult.Read) results.next()).document().text()).isEqualTo("Rewritten after the walk began.");
        assertThat(results.hasNext()).isFalse();
    }

    @Test
    void streamsTheSameResultsAsIteration() {
        for (int i = 0; i < 30; i++) {
            write(dir, String.format("folder%d/article%02d.txt", i % 3, i), "Article " + i + ".");
        }
        ArticleFiles files = ArticleFiles.of(List.of(dir));

        List<ReadResult> iterated = new ArrayList<>();
        files.forEach(iterated::add);
        try (Stream<ReadResult> stream = files.stream()) {
            assertThat(stream.toList()).isEqualTo(iterated).hasSize(30);
        }
        assertThat(files.stream().limit(2).map(result -> result.path().getFileName().toString()))
                .containsExactly("article00.txt", "article03.txt");
    }

    @Test
    void givesUnreadFilesThatReadInAnyOrderAsIterationWouldHaveReadThem() {
        write(dir, "a.txt", "First article.");
        write(dir, "b/empty.md", "");
        write(dir, "c.html", "<p>Third article.</p>");
        ArticleFiles files = ArticleFiles.of(List.of(dir, dir.resolve("missing.txt")));
        List<Supplier<ReadResult>> unread = new ArrayList<>();
        files.unread().forEachRemaining(unread::add);

        List<ReadResult> readLastFirst = new ArrayList<>();
        for (int i = unread.size() - 1; i >= 0; i--) {
            readLastFirst.add(0, unread.get(i).get());
        }

        assertThat(readLastFirst).isEqualTo(files.readAll()).hasSize(4);
    }

    @Test
    void reportsEveryBadFileInAFolderWithoutThrowing() {
        write(dir, "empty.txt", "");
        write(dir, "binary.md", new byte[] {0, 0, 0, 1});
        write(dir, "broken.pdf", "%PDF-1.7 this is not a PDF");
        write(dir, "nav-only.html", "<nav>Home</nav>");
        write(dir, "fine.txt", "A good article.");

        List<ReadResult> results = ArticleFiles.of(List.of(dir)).readAll();

        assertThat(results).hasSize(5);
        assertThat(results).filteredOn(ReadResult.Read.class::isInstance)
                .extracting(ReadResult::path).containsExactly(dir.resolve("fine.txt"));
        assertThat(results).extracting(ReadResult::describe).allMatch(line -> !line.contains("\n"));
    }

    @Test
    void walksALinkBackToAnOuterFolderOnlyOnce() throws IOException {
        write(dir, "a/article.txt", "Once.");
        try {
            Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symbolic links unsupported here").isTrue();
        }

        assertThat(ArticleFiles.of(List.of(dir)).readAll()).extracting(ReadResult::path)
                .containsExactly(dir.resolve("a/article.txt"));
    }

    @Test
    void readsTheSameFileNamedTwiceTwice() {
        Path file = write(dir, "a.txt", "Twice.");

        assertThat(ArticleFiles.of(List.of(file, file)).readAll()).hasSize(2);
    }
}
