package dev.plaza.lending.bureau;

import java.util.Iterator;
import java.util.Optional;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;

import dev.plaza.lending.domain.BureauAnswer;
import org.springframework.ws.soap.SoapFault;
import org.springframework.ws.soap.SoapFaultDetail;
import org.springframework.ws.soap.SoapFaultDetailElement;
import org.springframework.ws.soap.client.SoapFaultClientException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What a SOAP fault of the bureau means. A Client fault refuses the request as it stands: asking again
 * changes nothing. A Server fault is the bureau failing this time, worth another attempt unless its
 * {@code BureauFault} detail says it is not retryable. Any other fault (a SOAP version mismatch, a header
 * not understood) is a disagreement on the protocol no retry mends.
 */
final class BureauFaults {

	private static final TransformerFactory TRANSFORMERS = TransformerFactory.newInstance();

	private BureauFaults() {
	}

	/** The answer the fault settles; empty when another attempt may bring one. */
	static Optional<BureauAnswer> settledBy(SoapFaultClientException fault) {
		String code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart();
		Optional<Element> detail = detail(fault.getSoapFault());
		String message = detail.flatMap(bureauFault -> BureauMessages.find(bureauFault, "message"))
			.orElseGet(() -> String.valueOf(fault.getFaultStringOrReason()));
		return switch (code) {
			case "Client", "Sender" -> Optional.of(new BureauAnswer.Refused(message));
			case "Server", "Receiver" -> detail.flatMap(bureauFault -> BureauMessages.find(bureauFault, "retryable"))
				.filter("false"::equals)
				.map(notRetryable -> new BureauAnswer.Unavailable("The credit bureau failed and says asking again will "
						+ "not help: " + message));
			default -> Optional.of(new BureauAnswer.Unavailable("The credit bureau answered a SOAP fault Plaza cannot act on ("
					+ code + "): " + message));
		};
	}

	private static Optional<Element> detail(SoapFault fault) {
		SoapFaultDetail detail = fault == null ? null : fault.getFaultDetail();
		if (detail == null) {
			return Optional.empty();
		}
		for (Iterator<SoapFaultDetailElement> entries = detail.getDetailEntries(); entries.hasNext();) {
			DOMResult parsed = new DOMResult();
			try {
				transformer().transform(entries.next().getSource(), parsed);
			}
			catch (TransformerException unreadable) {
				continue;
			}
			Element entry = ((Document) parsed.getNode()).getDocumentElement();
			if (BureauMessages.NAMESPACE.equals(entry.getNamespaceURI()) && "BureauFault".equals(entry.getLocalName())) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	// The factory does not promise to be safe for concurrent use.
	private static synchronized Transformer transformer() throws TransformerException {
		return TRANSFORMERS.newTransformer();
	}
}
