package dev.plaza.deploy.edge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1 and localhost made by the JDK's own keytool, written as
 * the PEM files nginx reads, and an SSL context that trusts it and nothing else.
 */
record ThrowawayCertificate(Path certificate, Path key, X509Certificate x509) {

	private static final char[] PASSWORD = "throwaway".toCharArray();

	static ThrowawayCertificate createIn(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
		Path keystore = dir.resolve("edge.p12");
		keytool("-genkeypair", "-alias", "edge", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
				"-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
				"-keystore", keystore.toString(), "-storepass", new String(PASSWORD));
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, PASSWORD);
		}
		X509Certificate x509 = (X509Certificate) store.getCertificate("edge");
		PrivateKey privateKey = (PrivateKey) store.getKey("edge", PASSWORD);
		Path certificate = Files.writeString(dir.resolve("edge.crt"), pem("CERTIFICATE", x509.getEncoded()));
		Path key = Files.writeString(dir.resolve("edge.key"), pem("PRIVATE KEY", privateKey.getEncoded()));
		return new ThrowawayCertificate(certificate, key, x509);
	}

	SSLContext trustingOnlyThis() throws GeneralSecurityException, IOException {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("edge", x509);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	private static void keytool(String... arguments) throws IOException, InterruptedException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		List<String> command = new ArrayList<>(List.of(keytool.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("keytool failed: " + output);
		}
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}
}
