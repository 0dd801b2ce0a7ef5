package dev.plaza.sims.creditbureau;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** A bare SOAP 1.1 client over the JDK's HTTP client: what any caller holding only the WSDL would send. */
final class Soap {

	private static final HttpClient http = HttpClient.newHttpClient();

	private Soap() {
	}

	static String request(String requestId, String nationalId, String name, String dateOfBirth) {
		return """
				<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cb="%s">
				  <soap:Body>
				    <cb:GetCreditReportRequest>
				      <cb:requestId>%s</cb:requestId>
				      <cb:nationalId>%s</cb:nationalId>
				      <cb:name>%s</cb:name>
				      <cb:dateOfBirth>%s</cb:dateOfBirth>
				      <cb:country>ES</cb:country>
				    </cb:GetCreditReportRequest>
				  </soap:Body>
				</soap:Envelope>""".formatted(Messages.NAMESPACE, requestId, nationalId, name, dateOfBirth);
	}

	static Reply post(String url, String envelope, Duration timeout) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(timeout)
			.header("Content-Type", "text/xml; charset=utf-8")
			.header("SOAPAction", "\"https://plaza.dev/wsdl/credit-bureau/v1/GetCreditReport\"")
			.POST(HttpRequest.BodyPublishers.ofString(envelope))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Reply(response.statusCode(), parse(response.body()));
	}

	static Reply post(String url, String envelope) throws IOException, InterruptedException {
		return post(url, envelope, Duration.ofSeconds(10));
	}

	static String get(String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not XML: " + xml, ex);
		}
	}

	/** One HTTP answer of the bureau, a SOAP envelope. */
	record Reply(int status, Document envelope) {

		/** The text of the first element of this name in the bureau's namespace, or of the SOAP fault's own elements. */
		String text(String localName) {
			var found = envelope.getElementsByTagNameNS(Messages.NAMESPACE, localName);
			if (found.getLength() == 0) {
				found = envelope.getElementsByTagName(localName);
			}
			return found.getLength() == 0 ? null : found.item(0).getTextContent();
		}

		/** The body's payload checked against the bureau's schema: the first error, or null when valid. */
		String schemaError() {
			Element payload = (Element) envelope.getElementsByTagNameNS(Messages.NAMESPACE, "GetCreditReportResponse")
				.item(0);
			try {
				SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
					.newSchema(Soap.class.getClassLoader().getResource(RequestValidation.SCHEMA))
					.newValidator()
					.validate(new DOMSource(payload));
				return null;
			}
			catch (SAXException invalid) {
				return invalid.getMessage();
			}
			catch (IOException ex) {
				throw new AssertionError(ex);
			}
		}
	}
}
