package dev.plaza.identity.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import dev.plaza.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform operator's bootstrap client. Its secret comes from {@code PLAZA_ADMIN_CLIENT_SECRET}
 * or, failing that, from a credentials file written once, at first start, readable by its owner only.
 */
final class AdminClient {

	static final String CLIENT_ID = "plaza-admin";

	static final String SCOPE = "platform:admin";

	private static final Logger log = LoggerFactory.getLogger(AdminClient.class);

	private AdminClient() {
	}

	static String secret(IdentityProperties properties) {
		if (!properties.adminClientSecret().isBlank()) {
			return properties.adminClientSecret();
		}
		Path file = properties.adminCredentials().toAbsolutePath();
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			String secret = Secrets.newSecret();
			Files.createDirectories(file.getParent());
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, "client_id=" + CLIENT_ID + "\nclient_secret=" + secret + "\n", StandardCharsets.UTF_8);
			log.info("Generated the {} client secret and wrote it to {}", CLIENT_ID, file);
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write the admin credentials at " + file, ex);
		}
	}

	private static String read(Path file) throws IOException {
		Properties credentials = new Properties();
		try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			credentials.load(reader);
		}
		String secret = credentials.getProperty("client_secret");
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException(file + " has no client_secret line; delete it to generate a new secret");
		}
		return secret;
	}
}
