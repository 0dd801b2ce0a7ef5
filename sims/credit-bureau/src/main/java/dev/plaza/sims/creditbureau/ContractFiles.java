package dev.plaza.sims.creditbureau;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves the contract as a SOAP service publishes it: {@code GET /credit-bureau?wsdl} (with the address the
 * simulator really listens on) and {@code GET /credit-bureau.xsd}, which the WSDL imports; everything else
 * goes to the SOAP endpoint.
 */
final class ContractFiles implements HttpHandler {

	static final String WSDL = "dev/plaza/sims/creditbureau/credit-bureau.wsdl";

	private static final String DEFAULT_ADDRESS = "http://127.0.0.1:8282/credit-bureau";

	private final byte[] wsdl;

	private final byte[] xsd;

	private final HttpHandler soap;

	ContractFiles(String address, HttpHandler soap) {
		this.wsdl = read(WSDL).replace(DEFAULT_ADDRESS, address).getBytes(StandardCharsets.UTF_8);
		this.xsd = read(RequestValidation.SCHEMA).getBytes(StandardCharsets.UTF_8);
		this.soap = soap;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		if (!"GET".equals(exchange.getRequestMethod())) {
			soap.handle(exchange);
			return;
		}
		boolean askedForWsdl = exchange.getRequestURI().getPath().equals("/credit-bureau")
				&& "wsdl".equalsIgnoreCase(exchange.getRequestURI().getQuery());
		boolean askedForXsd = exchange.getRequestURI().getPath().equals("/credit-bureau.xsd");
		if (!askedForWsdl && !askedForXsd) {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
			return;
		}
		byte[] body = askedForWsdl ? wsdl : xsd;
		exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		try (var out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String read(String resource) {
		try (InputStream in = ContractFiles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
