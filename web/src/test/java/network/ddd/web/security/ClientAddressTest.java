package network.ddd.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client a request is counted for: the remote address, unless a trusted proxy vouches for another. */
class ClientAddressTest {
    @ParameterizedTest(name = "trusting [{0}], remote {1}, X-Forwarded-For [{2}] → {3}")
    @CsvSource(delimiter = '|', value = {
            // no trusted proxy: the header is whatever the client wants it to be, so it is ignored
            "                     | 198.51.100.7 | 203.0.113.9               | 198.51.100.7",
            // a trusted proxy: the address it saw
            "10.0.0.5             | 10.0.0.5     | 203.0.113.9               | 203.0.113.9",
            // the client wrote its own header in front: the rightmost untrusted hop counts
            "10.0.0.5             | 10.0.0.5     | 1.2.3.4, 203.0.113.9      | 203.0.113.9",
            // two proxies in a trusted range
            "10.0.0.0/8           | 10.0.0.5     | 203.0.113.9, 10.1.2.3     | 203.0.113.9",
            // the remote is not the trusted proxy: header ignored
            "10.0.0.5             | 10.0.0.6     | 203.0.113.9               | 10.0.0.6",
            // garbage in the header: the last address a trusted proxy vouched for
            "10.0.0.5             | 10.0.0.5     | not-an-ip                 | 10.0.0.5",
            // IPv6 clients count by their /64
            "                     | 2001:db8:1:2:3:4:5:6 |                   | 2001:db8:1:2:0:0:0:0/64",
            "::1                  | ::1          | 2001:db8:1:2::99          | 2001:db8:1:2:0:0:0:0/64",
            // IPv4-mapped IPv6 is IPv4
            "                     | ::ffff:198.51.100.7 |                    | 198.51.100.7",
            // a host name in the setting is ignored, never looked up
            "proxy.example.com    | 10.0.0.5     | 203.0.113.9               | 10.0.0.5",
    })
    void theClientIs(String trusted, String remote, String forwardedFor, String expected) {
        ClientAddress addresses = ClientAddress.trusting(trusted);
        assertThat(addresses.of(remote, forwardedFor == null ? List.of() : List.of(forwardedFor)))
                .isEqualTo(expected);
    }
}
