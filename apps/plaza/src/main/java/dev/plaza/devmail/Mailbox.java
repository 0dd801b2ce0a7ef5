package dev.plaza.devmail;

import java.util.Comparator;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

/** The bundled SMTP server and what it received, newest first; closing it stops the server. */
final class Mailbox implements AutoCloseable {

	private final GreenMail server;

	Mailbox(GreenMail server) {
		this.server = server;
	}

	List<ReceivedMail> messages() {
		return server.getManagers()
			.getImapHostManager()
			.getAllMessages()
			.stream()
			.map(ReceivedMail::of)
			.sorted(Comparator.comparing(ReceivedMail::receivedAt).reversed())
			.toList();
	}

	@Override
	public void close() {
		server.stop();
	}
}
