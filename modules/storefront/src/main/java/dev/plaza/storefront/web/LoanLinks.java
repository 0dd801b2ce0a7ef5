package dev.plaza.storefront.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Signs the links to an application's pages: the applicant has no account, so whoever holds the link
 * (given after applying) may follow the application and accept an offer, and nobody can guess one.
 */
@Component
@EnableConfigurationProperties(LoanPagesProperties.class)
class LoanLinks {

	private final SecretKeySpec key;

	LoanLinks(LoanPagesProperties properties) {
		byte[] secret = properties.linkKey().isBlank() ? random() : properties.linkKey().getBytes(StandardCharsets.UTF_8);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	String signature(UUID application) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(application.toString().getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException unavailable) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
		}
	}

	boolean valid(UUID application, String signature) {
		return signature != null && MessageDigest.isEqual(signature(application).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] random() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}
}
