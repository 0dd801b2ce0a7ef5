package dev.plaza.lending.domain;

import java.util.Objects;

/** How a credit check ended, in the lending module's terms: no protocol type crosses this line. */
public sealed interface BureauAnswer {

	/** The bureau answered with the applicant's report. */
	record Reported(CreditReport report) implements BureauAnswer {

		public Reported {
			Objects.requireNonNull(report, "report");
		}
	}

	/** The bureau has no file on the applicant: a decision cannot lean on a history. */
	record NoFile() implements BureauAnswer {
	}

	/** The bureau refused the request as it stands (an invalid national id, say); asking again changes nothing. */
	record Refused(String reason) implements BureauAnswer {

		public Refused {
			Objects.requireNonNull(reason, "reason");
		}
	}

	/** No answer after the retries that are safe (faults, timeouts): ask again later. */
	record Unavailable(String reason) implements BureauAnswer {

		public Unavailable {
			Objects.requireNonNull(reason, "reason");
		}
	}
}
