package dev.plaza.notifications.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

import dev.plaza.notifications.domain.EndpointUrl;
import dev.plaza.notifications.domain.PublicAddresses;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks off Plaza's own network: a URL whose host is, or resolves to, a loopback, private,
 * link-local or otherwise non-public address is refused when it is registered and again before each
 * delivery, since a name may resolve elsewhere later. Operators who run receivers on a private
 * network (and tests, on loopback) allow them with {@code plaza.notifications.webhooks.allow-private-addresses};
 * a URL {@link EndpointUrl} refuses, such as one with a numeric host not in dotted-decimal form, is refused regardless.
 */
@Component
public class WebhookTargets {

	private final boolean allowPrivate;

	WebhookTargets(NotificationsProperties properties) {
		this.allowPrivate = properties.webhooks().allowPrivateAddresses();
	}

	/**
	 * Why webhooks must not go to this URL's host, or empty when they may. A name that does not resolve
	 * now is not refused: the delivery will say so, and it may resolve by then.
	 */
	public Optional<String> refusal(String url) {
		// Checked again here, whatever the setting: an endpoint stored before a rule was added (such as the
		// one for numeric hosts) must not be delivered to either.
		Optional<String> malformed = EndpointUrl.problem(url);
		if (malformed.isPresent() || allowPrivate) {
			return malformed.map(reason -> "the URL " + reason);
		}
		String host = URI.create(url).getHost();
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
		}
		catch (UnknownHostException unresolved) {
			return Optional.empty();
		}
		return Arrays.stream(addresses)
			.flatMap(address -> PublicAddresses.whyNotPublic(address)
				.map(kind -> host + " is " + (host.equals(address.getHostAddress()) ? "" : "at " + address.getHostAddress() + ", ")
						+ kind + "; webhooks go to public endpoints only")
				.stream())
			.findFirst();
	}
}
