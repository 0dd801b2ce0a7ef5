package dev.plaza.onboarding.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.onboarding.application.JobProgress;
import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.domain.Reason;
import dev.plaza.onboarding.persistence.StoredItem;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the onboarding API answers. */
final class JobViews {

	private JobViews() {
	}

	/**
	 * A job's progress.
	 *
	 * @param status {@code running}, {@code completed} or {@code cancelled}
	 * @param mode {@code onboard}, or {@code validate} for a job that only checks its rows
	 * @param counts items per state, every state present (0 when none)
	 * @param estimatedCompletion null when the job is done or its pace is not known yet
	 */
	record JobView(UUID id, String status, String mode, int total, Map<String, Long> counts, Instant startedAt,
			@Schema(nullable = true) Instant estimatedCompletion) {

		static JobView of(JobProgress progress) {
			Map<String, Long> counts = new LinkedHashMap<>();
			progress.counts().forEach((state, n) -> counts.put(state.code(), n));
			return new JobView(progress.job().id(), progress.job().status(), progress.job().mode().code(),
					progress.job().total(), counts,
					progress.job().startedAt(), progress.estimatedCompletion());
		}
	}

	/** A page of jobs, newest first; {@code nextCursor} is null on the last page. */
	record JobPage(List<JobView> items, @Schema(nullable = true) String nextCursor) {
	}

	/**
	 * One business of a job.
	 *
	 * @param row the line of the upload the business starts on
	 * @param organizationId the organization it became, once provisioned
	 * @param note what provisioning found, such as an organization that existed already
	 */
	record ItemView(UUID id, int row, Fields fields, String state, List<ReasonView> reasons,
			@Schema(nullable = true) UUID organizationId, @Schema(nullable = true) String note) {

		static ItemView of(StoredItem item) {
			Business business = item.business();
			return new ItemView(item.id(), item.row(),
					new Fields(business.legalName(), business.taxId(), business.country(), business.contactEmail(),
							business.contactName(), business.iban(), business.address(), business.externalReference().orElse(null)),
					item.state().code(), item.reasons().stream().map(ReasonView::of).toList(), item.organization(), item.note());
		}
	}

	/** The fields as uploaded; a missing one is null. */
	record Fields(@Schema(nullable = true) String legalName, @Schema(nullable = true) String taxId,
			@Schema(nullable = true) String country, @Schema(nullable = true) String contactEmail,
			@Schema(nullable = true) String contactName, @Schema(nullable = true) String iban,
			@Schema(nullable = true) String address, @Schema(nullable = true) String externalReference) {
	}

	/** @param severity {@code error} (the item was refused) or {@code warning} (it went on) */
	record ReasonView(String rule, String message, String severity) {

		static ReasonView of(Reason reason) {
			return new ReasonView(reason.rule(), reason.message(), reason.warning() ? "warning" : "error");
		}
	}

	/** A page of items in row order; {@code nextCursor} is null on the last page. */
	record ItemPage(List<ItemView> items, @Schema(nullable = true) String nextCursor) {
	}

	static String stateCodes() {
		return String.join(", ", Arrays.stream(ItemState.values()).map(ItemState::code).toList());
	}
}
