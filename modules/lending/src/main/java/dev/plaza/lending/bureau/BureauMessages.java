package dev.plaza.lending.bureau;

import java.util.Locale;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;

import dev.plaza.lending.domain.Applicant;
import dev.plaza.lending.domain.BureauAnswer;
import dev.plaza.lending.domain.CreditReport;
import dev.plaza.rules.Country;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Writes the bureau's {@code GetCreditReportRequest} and reads its answer, in the elements of {@code credit-bureau.xsd}. */
final class BureauMessages {

	static final String NAMESPACE = "https://plaza.dev/schemas/credit-bureau/v1";

	static final String SOAP_ACTION = "https://plaza.dev/wsdl/credit-bureau/v1/GetCreditReport";

	private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();

	static {
		DOCUMENTS.setNamespaceAware(true);
	}

	private BureauMessages() {
	}

	/**
	 * The request for the applicant's report. The national id goes as bureaus file it, without the spaces and
	 * dots people write it with ({@code 12.345.678-z} is {@code 12345678-Z}).
	 */
	static Source request(String requestId, Applicant applicant, Country country) {
		Document document = newDocument();
		Element request = document.createElementNS(NAMESPACE, "GetCreditReportRequest");
		document.appendChild(request);
		child(request, "requestId", requestId);
		child(request, "nationalId", applicant.nationalId().replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT));
		child(request, "name", applicant.name());
		child(request, "dateOfBirth", applicant.dateOfBirth().toString());
		child(request, "country", country.code());
		return new DOMSource(document);
	}

	/**
	 * The answer in a {@code GetCreditReportResponse} that is valid under the schema; empty when it answers
	 * another request, which the bureau must never do.
	 */
	static Optional<BureauAnswer> answer(Node payload, String requestId) {
		Element response = payload instanceof Document document ? document.getDocumentElement() : (Element) payload;
		if (!requestId.equals(text(response, "requestId"))) {
			return Optional.empty();
		}
		if (response.getElementsByTagNameNS(NAMESPACE, "NoFile").getLength() > 0) {
			return Optional.of(new BureauAnswer.NoFile());
		}
		return Optional.of(new BureauAnswer.Reported(new CreditReport(Integer.parseInt(text(response, "score")),
				Long.parseLong(text(response, "openDebts")), Integer.parseInt(text(response, "defaults")),
				Integer.parseInt(text(response, "inquiries")))));
	}

	/** The text of the first element of this name in the bureau's namespace under {@code parent}, if any. */
	static Optional<String> find(Element parent, String name) {
		Node found = parent.getElementsByTagNameNS(NAMESPACE, name).item(0);
		return Optional.ofNullable(found).map(node -> node.getTextContent().strip());
	}

	private static String text(Element parent, String name) {
		return find(parent, name).orElseThrow();
	}

	private static void child(Element parent, String name, String text) {
		Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
		element.setTextContent(text);
		parent.appendChild(element);
	}

	// The factory does not promise to be safe for concurrent use.
	private static synchronized Document newDocument() {
		try {
			return DOCUMENTS.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser is not configured", ex);
		}
	}
}
