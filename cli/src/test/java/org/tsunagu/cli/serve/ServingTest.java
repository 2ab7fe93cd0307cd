package org.tsunagu.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tsunagu.web.ServerSettings;
import org.tsunagu.web.account.ReadAccess;

class ServingTest {

    @Test
    void saysWhereToPointABrowser() {
        assertThat(Serving.address(ServerSettings.local(7070, ReadAccess.OPEN), 7070)).isEqualTo("http://127.0.0.1:7070/");
        assertThat(Serving.address(new ServerSettings("0.0.0.0", 0, ReadAccess.OPEN, Optional.empty()), 8080))
                .isEqualTo("http://0.0.0.0:8080/, on every network interface");
        assertThat(Serving.address(new ServerSettings("127.0.0.1", 7070, ReadAccess.OPEN,
                Optional.of(URI.create("https://kb.example/"))), 7070))
                .isEqualTo("https://kb.example/ (listening on 127.0.0.1:7070)");
    }
}
