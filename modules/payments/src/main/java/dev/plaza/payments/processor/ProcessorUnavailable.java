package dev.plaza.payments.processor;

/** The processor did not answer usefully in time: down, slow, overloaded, or refusing Plaza's key. */
final class ProcessorUnavailable extends RuntimeException {

	ProcessorUnavailable(String reason) {
		super(reason, null, false, false);
	}
}
