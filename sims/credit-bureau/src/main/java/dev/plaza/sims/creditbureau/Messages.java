package dev.plaza.sims.creditbureau;

import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads the bureau's request and writes its answers, in the elements of {@code credit-bureau.xsd}. */
final class Messages {

	static final String NAMESPACE = "https://plaza.dev/schemas/credit-bureau/v1";

	private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

	private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();

	static {
		DOCUMENTS.setNamespaceAware(true);
	}

	private Messages() {
	}

	static Question question(Source payload) throws TransformerException {
		DOMResult parsed = new DOMResult();
		transformer().transform(payload, parsed);
		Node root = parsed.getNode();
		Element request = root instanceof Document document ? document.getDocumentElement() : (Element) root;
		return new Question(text(request, "requestId"), text(request, "nationalId"), text(request, "name"),
				LocalDate.parse(text(request, "dateOfBirth")), text(request, "country"));
	}

	static void writeAnswer(String requestId, Answer answer, Result result) throws TransformerException {
		Document document = newDocument();
		Element response = child(document, document, "GetCreditReportResponse", null);
		child(document, response, "requestId", requestId);
		switch (answer) {
			case Answer.Report report -> report(document, response, report.file().score(), report.file().openDebts(),
					report.file().defaults(), report.inquiries());
			case Answer.NoFile noFile -> child(document, response, "NoFile", null);
		}
		write(document, result);
	}

	/** A report whose score lies outside 300–850, as a faulty bureau release might send. */
	static void writeMalformed(String requestId, Result result) throws TransformerException {
		Document document = newDocument();
		Element response = child(document, document, "GetCreditReportResponse", null);
		child(document, response, "requestId", requestId);
		report(document, response, 999, -1, 0, 0);
		write(document, result);
	}

	static void writeFault(FaultCode code, String message, Result result) throws TransformerException {
		Document document = newDocument();
		Element fault = child(document, document, "BureauFault", null);
		child(document, fault, "code", code.name());
		child(document, fault, "retryable", Boolean.toString(code.retryable()));
		child(document, fault, "message", message);
		write(document, result);
	}

	private static void report(Document document, Element response, int score, long openDebts, int defaults,
			int inquiries) {
		Element report = child(document, response, "CreditReport", null);
		child(document, report, "score", Integer.toString(score));
		child(document, report, "openDebts", Long.toString(openDebts));
		child(document, report, "defaults", Integer.toString(defaults));
		child(document, report, "inquiries", Integer.toString(inquiries));
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS(NAMESPACE, name).item(0).getTextContent().strip();
	}

	private static Element child(Document document, Node parent, String name, String text) {
		Element element = document.createElementNS(NAMESPACE, name);
		if (text != null) {
			element.setTextContent(text);
		}
		parent.appendChild(element);
		return element;
	}

	// Neither factory promises to be safe for concurrent use.
	private static synchronized Transformer transformer() throws TransformerException {
		return TRANSFORMERS.newTransformer();
	}

	private static synchronized Document newDocument() {
		try {
			return DOCUMENTS.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser is not configured", ex);
		}
	}

	private static void write(Document document, Result result) throws TransformerException {
		transformer().transform(new DOMSource(document), result);
	}
}
