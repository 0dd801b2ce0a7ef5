package dev.plaza.onboarding.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.persistence.ItemRepository;
import dev.plaza.onboarding.persistence.JobRepository;
import dev.plaza.onboarding.persistence.StoredItem;
import dev.plaza.onboarding.persistence.StoredJob;
import dev.plaza.platform.NewestFirstPage;
import dev.plaza.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs as their uploaders see and steer them. A tenant reaches its own jobs only (another's reads as
 * missing); the platform operator reaches all.
 */
@Service
public class OnboardingJobs {

	private final JobRepository jobs;

	private final ItemRepository items;

	OnboardingJobs(JobRepository jobs, ItemRepository items) {
		this.jobs = jobs;
		this.items = items;
	}

	@Transactional(readOnly = true)
	public JobProgress progress(UUID id) {
		return progressOf(existing(id));
	}

	@Transactional(readOnly = true)
	public List<JobProgress> page(NewestFirstPage page) {
		return jobs.page(page.before(), page.limit()).stream().map(this::progressOf).toList();
	}

	/** The job's items after that row, in row order, of one state or all. */
	@Transactional(readOnly = true)
	public List<StoredItem> items(UUID job, Optional<ItemState> state, int afterRow, int limit) {
		existing(job);
		return items.page(job, state, afterRow, limit);
	}

	/** Stops claiming the job's items; items not yet provisioned stay as they are. Cancelling again changes nothing. */
	@Transactional
	public JobProgress cancel(UUID id) {
		existing(id);
		jobs.cancel(id);
		return progressOf(existing(id));
	}

	/** Sends the job's failed items back to verification; the job runs again until they settle. */
	@Transactional
	public JobProgress retryFailed(UUID id) {
		StoredJob job = existing(id);
		if (job.cancelled()) {
			throw new Problem(OnboardingProblems.JOB_CANCELLED, "Job " + id + " was cancelled, so its items are not retried."
					+ " Upload the rows again as a new job.");
		}
		if (items.retryFailed(id) > 0) {
			jobs.reopen(id);
		}
		return progressOf(existing(id));
	}

	private StoredJob existing(UUID id) {
		return jobs.find(id).orElseThrow(() -> Problem.notFound("onboarding job", id));
	}

	private JobProgress progressOf(StoredJob job) {
		Map<ItemState, Long> counts = items.counts(job.id());
		Instant now = Instant.now();
		long settledLately = job.running() ? items.settledSince(job.id(), now.minus(JobProgress.PACE_WINDOW)) : 0;
		return new JobProgress(job, counts, JobProgress.estimate(job, counts, settledLately, now));
	}
}
