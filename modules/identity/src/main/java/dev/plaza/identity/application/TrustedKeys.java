package dev.plaza.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.plaza.identity.persistence.SigningKeyRepository;

/**
 * The keys tokens are verified with. During a rolling key rotation an instance started with the new
 * key signs tokens that instances started earlier have not seen; a token naming an unknown key id
 * makes them read the stored keys again — at most once per {@link #RELOAD_AT_MOST_EVERY}, so forged
 * key ids cannot turn every request into a database read.
 */
final class TrustedKeys implements JWKSource<SecurityContext> {

	static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);

	private final SigningKeyRepository store;

	private final Clock clock;

	private volatile JWKSet keys;

	private volatile Instant loadedAt;

	TrustedKeys(SigningKeyRepository store, JWKSet loaded, Clock clock) {
		this.store = store;
		this.clock = clock;
		this.keys = loaded;
		this.loadedAt = clock.instant();
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		List<JWK> found = selector.select(keys);
		if (found.isEmpty() && !selector.getMatcher().getKeyIDs().isEmpty() && reloadDue()) {
			found = selector.select(reload());
		}
		return found;
	}

	private boolean reloadDue() {
		return clock.instant().isAfter(loadedAt.plus(RELOAD_AT_MOST_EVERY));
	}

	private synchronized JWKSet reload() {
		if (reloadDue()) {
			keys = store.all();
			loadedAt = clock.instant();
		}
		return keys;
	}
}
