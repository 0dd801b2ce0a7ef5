package dev.plaza.notifications.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Whether an address is on the public internet. Webhooks go where tenants say; without this check a
 * tenant could make Plaza post to its own network — the database, a cloud metadata service at
 * 169.254.169.254, an admin port on loopback.
 */
public final class PublicAddresses {

	private PublicAddresses() {
	}

	/**
	 * What kind of non-public address this is, or empty for a public one. IPv4-mapped IPv6 addresses
	 * ({@code ::ffff:127.0.0.1}) arrive here as the IPv4 address they carry: {@link InetAddress} makes them so.
	 */
	public static Optional<String> whyNotPublic(InetAddress address) {
		if (address.isAnyLocalAddress()) {
			return Optional.of("an unspecified address");
		}
		if (address.isLoopbackAddress()) {
			return Optional.of("a loopback address");
		}
		if (address.isLinkLocalAddress()) {
			return Optional.of("a link-local address (cloud metadata services live there)");
		}
		if (address.isSiteLocalAddress()) {
			return Optional.of("a private network address");
		}
		if (address.isMulticastAddress()) {
			return Optional.of("a multicast address");
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = bytes[0] & 0xff;
			int second = bytes[1] & 0xff;
			if (first == 0) {
				return Optional.of("an address of \"this network\" (0.0.0.0/8)");
			}
			if (first == 100 && second >= 64 && second < 128) {
				return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
			}
			if (first >= 240) {
				return Optional.of("a reserved address (240.0.0.0/4)");
			}
		}
		if (address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc) {
			return Optional.of("a unique local address (fc00::/7)");
		}
		return Optional.empty();
	}
}
