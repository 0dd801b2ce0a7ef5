package dev.plaza.gateway;

import java.io.IOException;
import java.net.ServerSocket;

final class Ports {

	private Ports() {
	}

	/** A port nothing listens on right now: free for a server to take, or refused when connected to. */
	static int free() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
