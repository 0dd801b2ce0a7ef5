package dev.plaza.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

	final Instant now = Instant.parse("2026-11-23T12:00:00Z");

	final AtomicInteger verifications = new AtomicInteger();

	final List<Revocation> revocations = new ArrayList<>();

	final RevokedTokens nothingRevoked = new RevokedTokens(List::of, Clock.fixed(now, ZoneOffset.UTC));

	final JwtDecoder verifier = token -> {
		verifications.incrementAndGet();
		if (token.startsWith("forged")) {
			throw new BadJwtException("bad signature");
		}
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.jti("jti-" + token)
			.subject("client")
			.claim("client_id", "client")
			.issuedAt(now)
			.expiresAt(now.plusSeconds(60))
			.build();
	};

	@Test
	void aTokenIsVerifiedOnceWhileItIsValid() {
		VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15), 10, nothingRevoked);

		tokens.decode("token");
		tokens.decode("token");

		assertThat(verifications).hasValue(1);
	}

	@Test
	void anExpiredTokenGoesBackToTheVerifierWhichRefusesIt() {
		MovingClock clock = new MovingClock(now);
		JwtDecoder checksExpiry = token -> {
			if (clock.instant().isAfter(now.plusSeconds(60))) {
				throw new BadJwtException("expired");
			}
			return verifier.decode(token);
		};
		VerifiedTokens tokens = new VerifiedTokens(checksExpiry, clock, Duration.ofMinutes(15), 10, nothingRevoked);
		tokens.decode("token");

		clock.now = now.plusSeconds(61);

		assertThatThrownBy(() -> tokens.decode("token")).isInstanceOf(BadJwtException.class);
	}

	@Test
	void aRefusedTokenIsNeverRemembered() {
		VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15), 10, nothingRevoked);

		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
		assertThat(verifications).hasValue(2);
	}

	@Test
	void aRememberedTokenIsRefusedOnceTheListNamesIt() {
		RevokedTokens revoked = new RevokedTokens(() -> List.copyOf(revocations), Clock.fixed(now, ZoneOffset.UTC));
		VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15), 10, revoked);
		tokens.decode("token");

		revocations.add(Revocation.ofToken("jti-token", now.plusSeconds(60)));
		revoked.refresh();

		assertThatThrownBy(() -> tokens.decode("token")).isInstanceOf(BadJwtException.class).hasMessageContaining("revoked");
		assertThat(tokens.decode("other").getId()).isEqualTo("jti-other");
	}

	@Test
	void aDeletedClientsEarlierTokensAreRefusedAndNoOthers() {
		RevokedTokens revoked = new RevokedTokens(() -> List.copyOf(revocations), Clock.fixed(now, ZoneOffset.UTC));
		VerifiedTokens tokens = new VerifiedTokens(verifier, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15), 10, revoked);

		revoked.add(Revocation.ofClient("client", now, now.plusSeconds(60)));

		assertThatThrownBy(() -> tokens.decode("token")).isInstanceOf(BadJwtException.class);
		revoked.refresh();
		assertThatThrownBy(() -> tokens.decode("token")).as("held until it expires, not only until the next read")
			.isInstanceOf(BadJwtException.class);
	}

	static final class MovingClock extends Clock {

		Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
