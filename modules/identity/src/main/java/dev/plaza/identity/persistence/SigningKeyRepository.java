package dev.plaza.identity.persistence;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Token signing keys, kept in the database so that tokens survive restarts and every instance
 * signs and verifies with the same keys.
 */
@Repository
public class SigningKeyRepository {

	private final JdbcClient jdbc;

	SigningKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All keys as stored now, newest first: for instances that meet a key made by another. */
	public JWKSet all() {
		return new JWKSet(jdbc.sql("SELECT jwk FROM identity.signing_keys ORDER BY created_at DESC")
			.query((rs, n) -> parse(rs.getString("jwk")))
			.list());
	}

	/** All keys, the active one first; creates the active key if it does not exist yet. */
	public JWKSet load(String activeKeyId) {
		boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.signing_keys WHERE kid = :kid)")
			.param("kid", activeKeyId)
			.query(Boolean.class)
			.single();
		if (!exists) {
			// Another instance may create the same key id at the same moment; the first one wins.
			jdbc.sql("INSERT INTO identity.signing_keys (kid, jwk) VALUES (:kid, :jwk) ON CONFLICT (kid) DO NOTHING")
				.param("kid", activeKeyId)
				.param("jwk", generate(activeKeyId).toJSONString())
				.update();
		}
		List<JWK> keys = jdbc.sql("SELECT jwk FROM identity.signing_keys ORDER BY kid = :kid DESC, created_at DESC")
			.param("kid", activeKeyId)
			.query((rs, n) -> parse(rs.getString("jwk")))
			.list();
		return new JWKSet(keys);
	}

	private static RSAKey generate(String keyId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(keyId)
				.keyUse(KeyUse.SIGNATURE)
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is part of every JDK", ex);
		}
	}

	private static JWK parse(String json) {
		try {
			return JWK.parse(json);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("A stored signing key is not a valid JWK", ex);
		}
	}
}
