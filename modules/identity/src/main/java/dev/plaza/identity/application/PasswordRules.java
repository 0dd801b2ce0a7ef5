package dev.plaza.identity.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import dev.plaza.identity.domain.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The password policy with its list of common passwords: the 30 000 most common passwords of the
 * breach corpora zxcvbn (Dropbox's strength estimator) ranks against, as its Java port
 * {@code com.nulab-inc:zxcvbn} bundles them. Taking the list from that maintained artifact rather
 * than a copy keeps it reviewable and updated with a version bump.
 */
@Configuration(proxyBeanMethods = false)
class PasswordRules {

	static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	@Bean
	PasswordPolicy passwordPolicy() {
		return new PasswordPolicy(commonPasswords());
	}

	static Set<String> commonPasswords() {
		try (InputStream list = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (list == null) {
				throw new IllegalStateException("The common password list " + COMMON_PASSWORDS + " is not on the classpath");
			}
			return new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty())
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
