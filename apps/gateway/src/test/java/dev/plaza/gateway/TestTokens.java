package dev.plaza.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** RS256 tokens signed with a key of the test's own, which the gateway may or may not be told to trust. */
final class TestTokens {

	private final RSAKey key;

	TestTokens(String keyId) {
		try {
			key = new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String token(String subject, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.issueTime(Date.from(expiresAt.minusSeconds(900)))
			.expirationTime(Date.from(expiresAt))
			.claim("scope", List.of("platform:admin"))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** Plaza's published keys and this one's public half, as one JWK set. */
	String alongside(String plazaKeys) {
		try {
			List<JWK> keys = new ArrayList<>(JWKSet.parse(plazaKeys).getKeys());
			keys.add(key.toPublicJWK());
			return new JWKSet(keys).toString();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
