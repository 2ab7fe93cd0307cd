package org.tsunagu.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tsunagu.model.document.Document;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.model.json.EvalJson;

/**
 * Scores the standard extractor with the shared yardstick: the dev set under ../shared/eval/dev
 * and the sample articles under examples/. Prints score.py's table; skipped where the folders or
 * python3 are absent.
 */
class DevSetScoreTest {

    private static final Extractor EXTRACTOR = Extractors.standard();

    private static Path repoRoot() {
        String root = System.getProperty("tsunagu.repoRoot");
        return root != null && !root.isBlank() ? Paths.get(root) : Paths.get("").toAbsolutePath().getParent();
    }

    @Test
    void findsEveryFactTypeOnTheDevSet() throws Exception {
        Path dev = repoRoot().resolveSibling("shared").resolve("eval/dev");
        assumeTrue(Files.isDirectory(dev.resolve("docs")), "no shared dev set beside the repository: " + dev);
        List<Extraction> extractions = extractAll(dev.resolve("docs"));
        Set<FactType> types = EnumSet.noneOf(FactType.class);
        extractions.forEach(e -> e.facts().forEach(f -> types.add(f.type())));
        Path pred = write(extractions, "dev-pred.jsonl");
        score(dev.resolve("gold.jsonl"), pred, dev.getParent().resolve("score.py"));
        assertThat(types).containsExactlyInAnyOrder(FactType.values());
    }

    @Test
    void scoresTheSampleArticles() throws Exception {
        Path examples = repoRoot().resolve("examples");
        Path dev = repoRoot().resolveSibling("shared").resolve("eval");
        assumeTrue(Files.isDirectory(examples.resolve("articles")) && Files.exists(examples.resolve("gold.jsonl")),
                "no sample articles with gold yet under " + examples);
        List<Extraction> extractions = extractAll(examples.resolve("articles"));
        Path pred = write(extractions, "examples-pred.jsonl");
        score(examples.resolve("gold.jsonl"), pred, dev.resolve("score.py"));
        assertThat(extractions).isNotEmpty();
    }

    static List<Extraction> extractAll(Path folder) throws IOException {
        List<Extraction> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().matches(".*\\.(txt|md|html)$")).sorted().toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.(txt|md|html)$", "");
                String raw = Files.readString(p, StandardCharsets.UTF_8);
                if (p.toString().endsWith(".html")) {
                    // a rough stand-in for the ingest module's HTML reader, enough to score the sample
                    raw = raw.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?i)<(br|/p|/h\\d|/li|/div|/title)[^>]*>", "\n")
                            .replaceAll("<[^>]+>", " ");
                    raw = decodeEntities(raw);
                }
                Document doc = Document.of(name, p.toString(), raw);
                Extraction e = EXTRACTOR.extract(doc);
                for (Fact f : e.facts()) {
                    assertThat(f.evidence().sentence().contains(f.evidence().trigger()))
                            .as("trigger inside sentence for %s", f).isTrue();
                    for (EntityRef ref : EntityRefs.of(f)) {
                        assertThat(EntityRefs.pointsAt(doc.text(), ref)).as("span of %s in %s", ref, name).isTrue();
                    }
                }
                out.add(e);
            }
        }
        return out;
    }

    private static final java.util.Map<String, String> ENTITIES = java.util.Map.ofEntries(java.util.Map.entry("amp", "&"),
            java.util.Map.entry("nbsp", " "), java.util.Map.entry("lt", "<"), java.util.Map.entry("gt", ">"),
            java.util.Map.entry("quot", "\""), java.util.Map.entry("apos", "'"), java.util.Map.entry("yen", "\u00A5"),
            java.util.Map.entry("euro", "\u20AC"), java.util.Map.entry("pound", "\u00A3"), java.util.Map.entry("copy", "\u00A9"),
            java.util.Map.entry("rsquo", "\u2019"), java.util.Map.entry("ldquo", "\u201C"), java.util.Map.entry("rdquo", "\u201D"),
            java.util.Map.entry("mdash", "\u2014"), java.util.Map.entry("ndash", "\u2013"));

    /** The named and numeric character references a browser (and the ingest module's jsoup) would decode. */
    private static String decodeEntities(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-z]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String decoded = name.startsWith("#x") ? new String(Character.toChars(Integer.parseInt(name.substring(2), 16)))
                    : name.startsWith("#") ? new String(Character.toChars(Integer.parseInt(name.substring(1))))
                    : ENTITIES.getOrDefault(name, m.group());
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Path write(List<Extraction> extractions, String file) throws IOException {
        Path target = Paths.get("target");
        Files.createDirectories(target);
        Path pred = target.resolve(file);
        List<String> lines = new ArrayList<>();
        extractions.forEach(e -> lines.add(EvalJson.write(e).toString()));
        Files.write(pred, lines, StandardCharsets.UTF_8);
        return pred;
    }

    private static void score(Path gold, Path pred, Path scorer) throws Exception {
        assumeTrue(Files.exists(scorer), "no score.py at " + scorer);
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), gold.toString(), pred.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available: " + e.getMessage());
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println("score.py " + gold + " " + pred + "\n" + output);
    }
}
