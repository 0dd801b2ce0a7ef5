package dev.plaza;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaProcess;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new user's Plaza, started as {@code ./plaza run} starts it with no settings: it listens on
 * 127.0.0.1 only, and with no SMTP server configured its e-mail lands in the dev mailbox, readable at
 * {@code /dev/mail} and {@code /dev/mail/messages}. (With SMTP configured both are 404: {@code DevMailboxOffTest}.)
 */
class DevMailboxIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlazaProcess plaza = new PlazaProcess().with("PLAZA_ADMIN_CLIENT_SECRET", PlazaClient.ADMIN_SECRET);

	@Test
	void mailGoesToTheDevMailboxOfAPlazaOnlyThisMachineReaches() throws Exception {
		plaza.start();
		assertThat(plaza.log()).contains("Plaza is ready at http://127.0.0.1:" + plaza.port() + " (started in", "for this machine only",
				"/swagger-ui.html", "dev mailbox: http://127.0.0.1:" + plaza.port() + "/dev/mail");
		Optional<InetAddress> lan = lanAddress();
		lan.ifPresent(address -> assertThat(connects(address, plaza.port()))
			.as("Plaza listens on 127.0.0.1 only, not on %s", address).isFalse());

		PlazaClient client = plaza.client();
		String admin = client.adminToken();
		String tenant = client.newOrganization(admin).get("tenants").get(0).get("id").asString();
		String notifications = client.tenantCaller(admin, tenant, "notifications:write").token();
		sendCampaign(client, notifications, "First news", "ana@example.com");
		awaitMessages(client, admin, 1);
		sendCampaign(client, notifications, "Second news <script>alert(1)</script>", "luis@example.com");
		List<JsonNode> messages = awaitMessages(client, admin, 2);

		JsonNode newest = messages.get(0);
		assertThat(newest.get("to").asString()).isEqualTo("luis@example.com");
		assertThat(newest.get("subject").asString()).isEqualTo("Second news <script>alert(1)</script>");
		assertThat(newest.get("text").asString()).contains("Hello Luis");
		assertThat(newest.get("html").asString()).contains("<p>Hello <b>Luis</b></p>");
		assertThat(Instant.parse(newest.get("receivedAt").asString()))
			.isAfterOrEqualTo(Instant.parse(messages.get(1).get("receivedAt").asString()));
		assertThat(messages.get(1).get("subject").asString()).isEqualTo("First news");

		Response page = client.get("/dev/mail", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.text()).contains("Second news &lt;script&gt;alert(1)&lt;/script&gt;", "Hello Luis", "First news")
			.doesNotContain("<script>");
		assertThat(page.text().indexOf("Second news")).as("newest first").isLessThan(page.text().indexOf("First news"));

		Response anonymous = client.get("/dev/mail/messages", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
		Response tenantToken = client.get("/dev/mail/messages", notifications);
		assertThat(tenantToken.status()).isEqualTo(403);
		assertThat(tenantToken.header("Content-Type")).isEqualTo("application/problem+json");

		assumeThat(lan).as("a non-loopback address of this machine, to call the page from elsewhere").isPresent();
		plaza.stop();
		plaza.with("PLAZA_ADDRESS", "0.0.0.0").start();
		assertThat(plaza.log()).contains("listening on every interface");
		PlazaClient fromTheLan = new PlazaClient(URI.create("http://" + lan.orElseThrow().getHostAddress() + ":" + plaza.port()));
		Response remotePage = fromTheLan.get("/dev/mail", null);
		assertThat(remotePage.status()).as("the page is for this machine's browser only").isEqualTo(403);
		assertThat(remotePage.problemType()).isEqualTo("dev-mailbox-loopback-only");
		assertThat(fromTheLan.get("/dev/mail/messages", fromTheLan.adminToken()).status())
			.as("with the administrator's token, the messages are readable from anywhere").isEqualTo(200);
	}

	@AfterEach
	void stop() throws InterruptedException {
		plaza.close();
	}

	private static void sendCampaign(PlazaClient client, String token, String subject, String email) {
		String name = email.substring(0, 1).toUpperCase() + email.substring(1, email.indexOf('@'));
		Response created = client.postJson("/api/v1/campaigns", token, JSON.writeValueAsString(Map.of("subject", subject,
				"text", "Hello {{name}}", "html", "<p>Hello <b>{{name}}</b></p>", "recipients",
				List.of(Map.of("email", email, "name", name)))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
	}

	private static List<JsonNode> awaitMessages(PlazaClient client, String admin, int count) {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			Response answer = client.get("/dev/mail/messages", admin);
			assertThat(answer.status()).as(answer.text()).isEqualTo(200);
			return answer.json().valueStream().toList();
		}, messages -> messages.size() == count);
	}

	private static Optional<InetAddress> lanAddress() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.findFirst();
	}

	private static boolean connects(InetAddress address, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (java.io.IOException refused) {
			return false;
		}
	}
}
