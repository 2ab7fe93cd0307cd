package org.tsunagu.cli.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.cli.CommandRun;
import org.tsunagu.cli.ExitCodes;

/** Words that name nothing on their own stay out of the knowledge base; a dateline's capitals are not a name. */
class JunkEntitiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = """
            Bohol, Tochigi sign tourism pact
            TAGBILARAN, May 4, 2025 - Bohol province and Tochigi Prefecture signed a memorandum of understanding on \
            tourism cooperation on Monday.
            Governor Erlinda Magsaysay signed for Bohol, while Tochigi was represented by Vice Governor Ueda Shinobu.
            Company president Hoshi Kazuya said the firm would invest 2 billion yen in a new plant in Bohol.
            Chamber president Santos Delfin said members welcomed the agreement.
            Vice Governor Ueda Shinobu will receive Deputy Governor of Bohol Lito Pacana at City Hall on June 2.
            A business matching session for Tochigi food makers is scheduled for June 3 at 10 a.m. in Hall B.
            """;

    @TempDir
    static Path folder;
    private static final List<JsonNode> ENTITIES = new ArrayList<>();

    @BeforeAll
    static void ingestTheArticle() throws Exception {
        Files.writeString(folder.resolve("bohol-tochigi.txt"), ARTICLE);
        String db = folder.resolve("kb.db").toString();
        assertThat(CommandRun.of("ingest", "--db", db, folder.resolve("bohol-tochigi.txt").toString()).exitCode())
                .isEqualTo(ExitCodes.SUCCESS);
        for (String line : CommandRun.of("entities", "--db", db, "--json", "--limit", "500").out().lines().toList()) {
            ENTITIES.add(JSON.readTree(line));
        }
        assertThat(ENTITIES).isNotEmpty();
    }

    private static List<String> names() {
        return ENTITIES.stream().map(e -> e.get("name").asText()).toList();
    }

    @Test
    void takesNoBareGenericWordForAnOrganisationOrAVenue() {
        assertThat(names()).doesNotContain("Company", "Chamber", "Hall B");
    }

    @Test
    void takesNoVenueForAPerson() {
        assertThat(ENTITIES).noneMatch(e -> e.get("type").asText().equals("person") && e.get("name").asText().contains("Hall"));
    }

    @Test
    void takesNoLowerCaseOccasionForAnOrganisation() {
        assertThat(names()).allMatch(name -> name.codePoints().anyMatch(Character::isUpperCase), "has a capital");
    }

    @Test
    void showsADatelinesCityAsTheNameIsWritten() {
        assertThat(names()).contains("Tagbilaran").doesNotContain("TAGBILARAN");
    }

    @Test
    void keepsTheRealNamesOfTheArticle() {
        assertThat(names()).contains("Hoshi Kazuya", "Santos Delfin", "Lito Pacana", "Erlinda Magsaysay");
    }
}
