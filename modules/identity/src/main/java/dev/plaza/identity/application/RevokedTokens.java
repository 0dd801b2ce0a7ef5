package dev.plaza.identity.application;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * This instance's copy of the revocation list, read again every second: a token revoked at any
 * instance of identity is refused here within about a second, even one {@link VerifiedTokens}
 * remembers. The list is short — an entry leaves it once every token it names has expired — so it
 * is read whole, and checking a token against it costs no I/O.
 */
public final class RevokedTokens {

	private static final Logger log = LoggerFactory.getLogger(RevokedTokens.class);

	/** The claim naming the person's session (authorization) an access token was issued under. */
	public static final String SESSION_CLAIM = "sid";

	private final RevocationFeed feed;

	private final Clock clock;

	private volatile List<Revocation> read = List.of();

	/** Entries written by this instance, held here from the moment they are written, not a read later. */
	private final List<Revocation> written = new CopyOnWriteArrayList<>();

	public RevokedTokens(RevocationFeed feed, Clock clock) {
		this.feed = feed;
		this.clock = clock;
	}

	/** Whether the token was revoked, itself, with its client or with its session. */
	public boolean refuses(Jwt token) {
		String client = token.getClaimAsString("client_id");
		String issuedTo = client == null ? token.getSubject() : client;
		return refuses(read, token, issuedTo) || refuses(written, token, issuedTo);
	}

	/** Holds an entry this instance has just stored. */
	public void add(Revocation entry) {
		written.add(entry);
	}

	/** Reads the list again; {@code RevocationListRefresh} calls it every second. */
	public void refresh() {
		try {
			read = List.copyOf(feed.current());
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the revocation list; tokens revoked since the last read are still accepted here: {}",
					ex.toString());
		}
		written.removeIf(entry -> entry.expiresAt().isBefore(clock.instant()));
	}

	private static boolean refuses(List<Revocation> entries, Jwt token, String issuedTo) {
		for (Revocation entry : entries) {
			if (entry.refuses(token.getId(), issuedTo, token.getIssuedAt(), token.getClaimAsString(SESSION_CLAIM))) {
				return true;
			}
		}
		return false;
	}
}
