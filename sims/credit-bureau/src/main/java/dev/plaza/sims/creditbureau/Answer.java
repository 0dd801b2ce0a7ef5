package dev.plaza.sims.creditbureau;

/** The bureau's answer to one request id: kept, so a repeated request id gets it again. */
sealed interface Answer {

	/** Whose national id the question was about: a repeated request id must ask about the same person. */
	String nationalId();

	/** @param inquiries checks of the person before this one */
	record Report(String nationalId, CreditFile file, int inquiries) implements Answer {
	}

	record NoFile(String nationalId) implements Answer {
	}
}
