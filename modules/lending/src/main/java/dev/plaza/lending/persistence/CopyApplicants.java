package dev.plaza.lending.persistence;

import java.time.LocalDate;

import dev.plaza.lending.domain.Applicant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The applicant as the copies store it: the fields of {@link Applicant}, the address as text or as an object. */
final class CopyApplicants {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CopyApplicants() {
	}

	/** {@code null} for a copy that dropped its applicant. */
	static Applicant read(String stored) {
		if (stored == null) {
			return null;
		}
		JsonNode applicant = JSON.readTree(stored);
		JsonNode address = applicant.path("address");
		return new Applicant(text(applicant, "name"), text(applicant, "nationalId"),
				LocalDate.parse(text(applicant, "dateOfBirth")), text(applicant, "email"), applicant.path("income").asLong(),
				text(applicant, "employment"), address.isString() ? address.asString() : address.isMissingNode() ? ""
						: String.join(", ", address.valueStream().map(JsonNode::asString).toList()));
	}

	private static String text(JsonNode applicant, String field) {
		return applicant.path(field).asString("");
	}
}
