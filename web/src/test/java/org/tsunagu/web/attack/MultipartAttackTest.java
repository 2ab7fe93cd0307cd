package org.tsunagu.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.store.account.Role;
import org.tsunagu.web.RunningServer;

/** Malformed uploads are the sender's mistake: a 4xx with a JSON error that says what is wrong, never a 500. */
class MultipartAttackTest {

    private static final String BOUNDARY = "tsunagu-test-boundary";

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private String token;

    @BeforeEach
    void issueAnAdminToken() {
        server.database().accounts().add("ada", Role.ADMIN, "admin's long password");
        token = server.database().accounts().issueToken("ada");
    }

    @Test
    void refusesAnUploadOfMoreThanAThousandParts() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1_001; i++) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"field").append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");

        HttpResponse<String> response = upload("multipart/form-data; boundary=" + BOUNDARY, body.toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).startsWith("{").contains("\"error\"").contains("parts");
    }

    @Test
    void refusesAMultipartUploadWithoutABoundary() throws Exception {
        HttpResponse<String> response = upload("multipart/form-data", "--x\r\nContent-Disposition: form-data;"
                + " name=\"file\"; filename=\"a.txt\"\r\n\r\ntext\r\n--x--\r\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("{").contains("\"error\"").contains("boundary");
    }

    private HttpResponse<String> upload(String contentType, String body) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
