package dev.plaza.notifications.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
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
	 * What kind of non-public address this is, or empty for a public one. An IPv6 address that carries an
	 * IPv4 address is judged by the IPv4 address it reaches: IPv4-mapped ({@code ::ffff:127.0.0.1}, which
	 * {@link InetAddress} already turns into IPv4), IPv4-compatible ({@code ::127.0.0.1}), NAT64
	 * ({@code 64:ff9b::7f00:1}) and 6to4 ({@code 2002:7f00:1::}). Local-use NAT64 addresses
	 * ({@code 64:ff9b:1::/48}) lead into the operator's own network, whichever IPv4 address they carry.
	 */
	public static Optional<String> whyNotPublic(InetAddress address) {
		Optional<Inet4Address> carried = carriedIpv4(address);
		if (carried.isPresent()) {
			return whyNotPublic(carried.get()).map(kind -> "an IPv6 form of " + carried.get().getHostAddress() + ", " + kind);
		}
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
		if (address instanceof Inet6Address && startsWith(bytes, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
			return Optional.of("a local-use NAT64 address (64:ff9b:1::/48)");
		}
		return Optional.empty();
	}

	private static Optional<Inet4Address> carriedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return Optional.empty();
		}
		byte[] bytes = address.getAddress();
		// :: and ::1 are the IPv6 unspecified and loopback addresses, not IPv4-compatible ones.
		boolean compatible = allZero(bytes, 0, 12) && !(allZero(bytes, 12, 15) && (bytes[15] & 0xfe) == 0);
		boolean nat64 = startsWith(bytes, 0x00, 0x64, 0xff, 0x9b) && allZero(bytes, 4, 12);
		if (compatible || nat64) {
			return Optional.of(ipv4(bytes, 12));
		}
		if (startsWith(bytes, 0x20, 0x02)) {
			return Optional.of(ipv4(bytes, 2));
		}
		return Optional.empty();
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static Inet4Address ipv4(byte[] bytes, int from) {
		try {
			return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4));
		}
		catch (UnknownHostException impossible) {
			throw new IllegalStateException("Four bytes are always an IPv4 address", impossible);
		}
	}
}
