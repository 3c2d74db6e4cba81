package app.spotter.server.http;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names this server answers to for setup and every state change, so a page on another name that
 * resolves to this box (DNS rebinding) cannot act here: the names of the public URLs, localhost, and addresses
 * written as numbers (a rebinding page always comes with its own name, never a bare address).
 */
public final class HostAllowList {
    private static final List<String> LOCAL = List.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> names;

    private HostAllowList(Set<String> names) {
        this.names = names;
    }

    /** From the public URLs (each {@code https://name[:port][/path]}); localhost is always allowed. */
    public static HostAllowList of(List<String> publicUrls) {
        Set<String> names = new LinkedHashSet<>(LOCAL);
        for (String url : publicUrls) {
            String host = URI.create(url.trim()).getHost();
            if (host == null || host.isEmpty()) {
                throw new IllegalArgumentException("not a URL with a host name: " + url);
            }
            names.add(host.toLowerCase(Locale.ROOT));
        }
        return new HostAllowList(names);
    }

    public static HostAllowList localOnly() {
        return of(List.of());
    }

    /** True when a Host header (name with an optional port) is one of ours. */
    public boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) {
            return false;
        }
        String host = withoutPort(hostHeader.trim().toLowerCase(Locale.ROOT));
        return names.contains(host) || isAddressLiteral(host);
    }

    public Set<String> names() {
        return names;
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static boolean isAddressLiteral(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            String inside = host.substring(1, host.length() - 1);
            return !inside.isEmpty() && inside.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':'
                    || c == '.');
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
