package dev.plaza.sims.creditbureau;

import java.util.Arrays;
import java.util.stream.Collectors;

import javax.xml.transform.TransformerException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.ws.context.MessageContext;
import org.springframework.ws.soap.SoapFault;
import org.springframework.ws.soap.SoapMessage;
import org.springframework.ws.soap.server.endpoint.interceptor.PayloadValidatingInterceptor;
import org.xml.sax.SAXParseException;

/**
 * Refuses a request that breaks {@code credit-bureau.xsd} before the endpoint sees it, with a Client fault
 * whose {@code BureauFault} detail ({@code INVALID_REQUEST}) names what is wrong. Answers are not
 * validated: the simulator breaks the schema on purpose when asked to.
 */
final class RequestValidation extends PayloadValidatingInterceptor {

	static final String SCHEMA = "dev/plaza/sims/creditbureau/credit-bureau.xsd";

	RequestValidation() {
		setSchema(new ClassPathResource(SCHEMA));
		setValidateRequest(true);
		setValidateResponse(false);
		try {
			afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the bureau's schema " + SCHEMA, ex);
		}
	}

	@Override
	protected boolean handleRequestValidationErrors(MessageContext context, SAXParseException[] errors)
			throws TransformerException {
		String message = "The request breaks the bureau's schema (credit-bureau.xsd): "
				+ Arrays.stream(errors).map(SAXParseException::getMessage).collect(Collectors.joining("; "));
		SoapFault fault = ((SoapMessage) context.getResponse()).getSoapBody().addClientOrSenderFault(message,
				getFaultStringOrReasonLocale());
		Messages.writeFault(FaultCode.INVALID_REQUEST, message, fault.addFaultDetail().getResult());
		return false;
	}
}
