package dev.plaza.lending.bureau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.xml.transform.Source;

import org.springframework.core.io.ClassPathResource;
import org.springframework.ws.client.WebServiceClientException;
import org.springframework.ws.client.support.interceptor.ClientInterceptor;
import org.springframework.ws.client.support.interceptor.PayloadValidatingInterceptor;
import org.springframework.ws.context.MessageContext;
import org.springframework.xml.validation.XmlValidator;
import org.springframework.xml.validation.XmlValidatorFactory;
import org.xml.sax.SAXParseException;

/**
 * The bureau's schema, {@code credit-bureau.xsd} (the file its simulator serves, copied in at build time),
 * held against both directions: a request breaking it is never sent, and an answer breaking it is a fault
 * of the bureau, never data.
 */
final class BureauContract {

	private static final ClassPathResource SCHEMA = new ClassPathResource("dev/plaza/lending/bureau/credit-bureau.xsd");

	private final XmlValidator validator;

	BureauContract() {
		try {
			this.validator = XmlValidatorFactory.createValidator(SCHEMA, XmlValidatorFactory.SCHEMA_W3C_XML);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the credit bureau's schema " + SCHEMA.getPath(), ex);
		}
	}

	/** What is wrong with the request under the schema; empty when it may be sent. */
	String errorsIn(Source request) {
		try {
			return describe(validator.validate(request));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Validates every answer that is not a fault, throwing {@link AnswerBreaksContract} when one breaks the schema. */
	ClientInterceptor answers() {
		AnswerValidation validation = new AnswerValidation();
		validation.setSchema(SCHEMA);
		validation.setValidateRequest(false);
		validation.setValidateResponse(true);
		try {
			validation.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the credit bureau's schema " + SCHEMA.getPath(), ex);
		}
		return validation;
	}

	private static String describe(SAXParseException[] errors) {
		return Arrays.stream(errors).map(SAXParseException::getMessage).collect(Collectors.joining("; "));
	}

	/** An answer of the bureau that breaks its own schema. */
	static final class AnswerBreaksContract extends WebServiceClientException {

		AnswerBreaksContract(String errors) {
			super("The credit bureau's answer breaks its schema (credit-bureau.xsd): " + errors);
		}
	}

	private static final class AnswerValidation extends PayloadValidatingInterceptor {

		// The default logs the errors and hands the answer on as if it were valid.
		@Override
		protected boolean handleResponseValidationErrors(MessageContext context, SAXParseException[] errors) {
			throw new AnswerBreaksContract(describe(errors));
		}
	}
}
