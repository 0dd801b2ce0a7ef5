package dev.plaza.lending.domain;

import java.util.List;

/** What a lender decided on its copy of an application. */
public sealed interface Decision {

	/** Lend on the product's terms: an offer follows. */
	record Approved() implements Decision {
	}

	/** Do not lend, for reasons the applicant can be told. */
	record Declined(List<Reason> reasons) implements Decision {

		public Declined {
			reasons = List.copyOf(reasons);
		}
	}

	/** A person decides: the copy waits in the lender's review queue, with what made it doubtful. */
	record ManualReview(List<Reason> reasons) implements Decision {

		public ManualReview {
			reasons = List.copyOf(reasons);
		}
	}
}
