package org.tsunagu.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.web.RunningServer;

/**
 * Hundreds of connections that each send a sign-in form a byte at a time, more than the server
 * has threads: other clients are still answered within a second, and the slow bodies are cut off
 * with a 408 or, past the requests one address may have waiting, refused with a 429.
 */
class SlowBodyAttackTest {

    private static final int CONNECTIONS = 300;
    private static final Duration BYTE_EVERY = Duration.ofSeconds(2);
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);

    @RegisterExtension
    final RunningServer server = new RunningServer();

    private final List<Socket> slow = new ArrayList<>();

    @AfterEach
    void closeTheSlowConnections() throws IOException {
        for (Socket socket : slow) {
            socket.close();
        }
    }

    @Test
    @Timeout(30)
    void answersOtherClientsWithinASecondWhileSlowBodiesArrive() throws Exception {
        LoopbackClient attacker = new LoopbackClient(LoopbackClient.FIRST, server.port());
        // With a session, the CSRF check reads the form's token from the body: without one it refuses at once.
        String session = attacker.get("/login", Map.of()).sessionCookie().orElseThrow();
        for (int i = 0; i < CONNECTIONS; i++) {
            Socket socket = attacker.connect();
            slow.add(socket);
            socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + session + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nn")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        LoopbackClient other = new LoopbackClient(LoopbackClient.SECOND, server.port());
        List<Duration> answers = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Thread.sleep(BYTE_EVERY.toMillis());
            sendAByteOnEach();
            long start = System.nanoTime();
            LoopbackClient.Response health = other.get("/api/health", Map.of());
            answers.add(Duration.ofNanos(System.nanoTime() - start));
            assertThat(health.status()).isEqualTo(200);
        }

        assertThat(answers).allSatisfy(took -> assertThat(took).isLessThan(ANSWER_WITHIN));
        // 408: the body was too slow; 429: the address had too many requests waiting already.
        assertThat(answers()).as("the answers to slow bodies").contains(408).containsOnly(408, 429);
    }

    private void sendAByteOnEach() {
        for (Socket socket : slow) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write('a');
                out.flush();
            } catch (IOException closedByTheServer) {
                // after its answer: the next round looks for the next ones
            }
        }
    }

    /** The statuses of the slow connections that have an answer already, looking only at what has arrived. */
    private List<Integer> answers() throws IOException {
        List<Integer> statuses = new ArrayList<>();
        byte[] statusLine = new byte["HTTP/1.1 200".length()];
        for (Socket socket : slow) {
            InputStream in = socket.getInputStream();
            if (in.available() >= statusLine.length && in.readNBytes(statusLine, 0, statusLine.length) == statusLine.length) {
                statuses.add(Integer.parseInt(new String(statusLine, StandardCharsets.ISO_8859_1).substring(9)));
            }
        }
        return statuses;
    }
}
