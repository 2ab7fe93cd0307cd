package org.tsunagu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.TemporaryDatabase;

/**
 * Searches anyone could type over the sample articles: words that follow each other in the text
 * (across sentence ends too, where a phrase match outruns its snippet's sentence) and words drawn
 * at random from the samples' vocabulary. None may fail.
 */
class RandomQueriesTest {

    private static final Path SAMPLES = Path.of("../examples/articles");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");
    private static final int QUERIES = 1_000;

    @RegisterExtension
    final TemporaryDatabase store = new TemporaryDatabase();

    @Test
    void findsWordsOnEitherSideOfASentenceEnd() {
        try (SearchIndex index = indexOfSamples()) {
            SearchResults results = index.search(SearchRequest.of("tourism japan"));

            assertThat(results.hits()).filteredOn(hit -> hit.kind() == Kind.DOCUMENT).isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.snippet().parts()).anyMatch(Snippet.Part::match));
        }
    }

    @Test
    void answersAThousandRandomTwoAndThreeWordQueries() {
        List<String> words = wordsOfSamples();
        List<String> vocabulary = words.stream().distinct().toList();
        Random random = new Random(14);
        try (SearchIndex index = indexOfSamples()) {
            long withHits = 0;
            for (int i = 0; i < QUERIES; i++) {
                int length = 2 + random.nextInt(2);
                String query = i % 2 == 0 ? neighbours(words, length, random) : anyOf(vocabulary, length, random);

                withHits += index.search(SearchRequest.of(query)).total() > 0 ? 1 : 0;
            }
            assertThat(withHits).as("queries of neighbouring words find their article").isGreaterThanOrEqualTo(QUERIES / 2);
        }
    }

    private SearchIndex indexOfSamples() {
        Database database = store.database();
        for (Path file : sampleFiles()) {
            database.save(Articles.article(file.getFileName().toString(), read(file)).with());
        }
        SearchIndex index = SearchIndex.open(database);
        index.refresh(RebuildListener.SILENT);
        return index;
    }

    private static String neighbours(List<String> words, int length, Random random) {
        int start = random.nextInt(words.size() - length);
        return String.join(" ", words.subList(start, start + length));
    }

    private static String anyOf(List<String> vocabulary, int length, Random random) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            picked.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return String.join(" ", picked);
    }

    private static List<String> wordsOfSamples() {
        List<String> words = new ArrayList<>();
        for (Path file : sampleFiles()) {
            Matcher word = WORD.matcher(read(file));
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static List<Path> sampleFiles() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
