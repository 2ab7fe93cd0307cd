package org.tsunagu.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
 * has threads: other clients are still answered within a second, and the slow bodies are cut off.
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
        for (int i = 0; i < CONNECTIONS; i++) {
            Socket socket = attacker.connect();
            slow.add(socket);
            socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
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
        assertThat(cutOff()).as("slow connections the server answered or closed").isGreaterThan(0);
    }

    private void sendAByteOnEach() {
        for (Socket socket : slow) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write('a');
                out.flush();
            } catch (IOException closedByTheServer) {
                // counted by cutOff()
            }
        }
    }

    /** How many slow connections already have an answer or were closed, by a short look at each. */
    private int cutOff() throws IOException {
        int count = 0;
        for (Socket socket : slow) {
            socket.setSoTimeout(5);
            try {
                InputStream in = socket.getInputStream();
                in.read();
                count++;
            } catch (SocketTimeoutException stillWaiting) {
                // the server is still reading this one, or it waits for its turn
            } catch (IOException reset) {
                count++;
            }
        }
        return count;
    }
}
