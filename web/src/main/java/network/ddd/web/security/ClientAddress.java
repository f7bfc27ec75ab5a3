package network.ddd.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Logger;

/**
 * Who a request comes from, for rate limiting: the connection's remote address. {@code X-Forwarded-For} is read
 * only when that address is one of the trusted proxies ({@code DDD_TRUSTED_PROXIES}: addresses or CIDR ranges,
 * separated by commas); then the rightmost address that is not a trusted proxy is the client. Anybody can send the
 * header, so without a trusted proxy it is ignored. IPv6 clients count by their /64 network (what one subscriber
 * gets), else one host could step through its 2^64 addresses.
 */
public final class ClientAddress {
    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    private final List<Network> trusted;

    private record Network(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private ClientAddress(List<Network> trusted) {
        this.trusted = trusted;
    }

    /** @param proxies addresses or CIDR ranges separated by commas; blank: no proxy is trusted */
    public static ClientAddress trusting(String proxies) {
        List<Network> networks = new ArrayList<>();
        for (String entry : proxies == null ? new String[0] : proxies.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int slash = e.indexOf('/');
            byte[] address = parse(slash < 0 ? e : e.substring(0, slash));
            if (address == null) {
                LOG.warning(() -> "DDD_TRUSTED_PROXIES: not an IP address or CIDR range, ignored: " + e);
                continue;
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(e.substring(slash + 1));
                } catch (NumberFormatException ex) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    LOG.warning(() -> "DDD_TRUSTED_PROXIES: bad prefix length, ignored: " + e);
                    continue;
                }
            }
            networks.add(new Network(address, bits));
        }
        return new ClientAddress(List.copyOf(networks));
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client's key: its address (an IPv6 one cut to /64), after walking back through trusted proxies. */
    String of(String remoteAddress, List<String> forwardedFor) {
        byte[] remote = parse(remoteAddress);
        if (remote == null) {
            return remoteAddress;
        }
        byte[] client = remote;
        if (isTrusted(remote)) {
            List<String> hops = new ArrayList<>();
            for (String header : forwardedFor) {
                for (String hop : header.split(",")) {
                    hops.add(hop.strip());
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                byte[] hop = parse(hops.get(i));
                if (hop == null) {
                    break; // garbage: stop at the last address a trusted proxy vouched for
                }
                client = hop;
                if (!isTrusted(hop)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean isTrusted(byte[] address) {
        return trusted.stream().anyMatch(n -> n.contains(address));
    }

    private static String key(byte[] address) {
        try {
            if (address.length == 16) {
                byte[] network = new byte[16];
                System.arraycopy(address, 0, network, 0, 8);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // cannot happen for 4 or 16 bytes
        }
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 as IPv4), else null — never a DNS lookup. */
    static byte[] parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.isEmpty() || !t.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')
                || (t.indexOf(':') < 0 && !t.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null; // only literals reach InetAddress, which would otherwise resolve a host name
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
