package dev.plaza.lending.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.plaza.lending.domain.BusinessDays;
import dev.plaza.lending.persistence.CloseOfBusinessRuns;
import dev.plaza.lending.persistence.CloseOfBusinessRuns.Counts;
import dev.plaza.lending.persistence.CloseOfBusinessRuns.LenderClock;
import dev.plaza.lending.persistence.CloseOfBusinessRuns.StoredRun;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantId;
import org.springframework.stereotype.Service;

/**
 * The close of business of a lender's loans, day by day up to a date: for each day, this
 * instance's workers close chunks of the loans still at the day before until none is left, then the
 * day's run is completed. Other instances closing the same lender take other chunks; a day is only
 * completed once every chunk of it committed, whoever closed it.
 */
@Service
public class CloseOfBusiness {

	/** How long to wait before looking again when another worker still holds the day's last chunks. */
	private static final long WAIT_FOR_OTHERS_MILLIS = 50;

	private final ChunkClose chunks;

	private final CloseOfBusinessRuns runs;

	private final CloseOfBusinessProperties properties;

	CloseOfBusiness(ChunkClose chunks, CloseOfBusinessRuns runs, CloseOfBusinessProperties properties) {
		this.chunks = chunks;
		this.runs = runs;
		this.properties = properties;
	}

	/**
	 * Closes the lender's loans one day at a time up to {@code upTo}; answers the run of each day closed,
	 * or, when the loans already reached the date (or have none), one run of that date with zero counts.
	 *
	 * @throws Problem (validation) when that is more than {@link BusinessDays#MAX_DAYS} days at once
	 */
	public List<StoredRun> closeUpTo(TenantId lender, LocalDate upTo) {
		List<LocalDate> days;
		try {
			days = chunks.inTransaction(lender, () -> runs.earliestBusinessDate(lender))
				.map(earliest -> BusinessDays.toClose(earliest, upTo))
				.orElse(List.of());
		}
		catch (IllegalArgumentException tooFar) {
			throw Problem.invalidFields(ProblemType.VALIDATION, List.of(new FieldError("businessDate", tooFar.getMessage())));
		}
		if (days.isEmpty()) {
			Instant now = Instant.now();
			return List.of(new StoredRun(upTo, "completed", Counts.NONE, now, now));
		}
		List<StoredRun> closed = new ArrayList<>();
		for (LocalDate day : days) {
			closed.add(close(lender, day));
		}
		return closed;
	}

	/** The lender's runs, latest first, before {@code before}. */
	public List<StoredRun> runs(TenantId lender, LocalDate before, int limit) {
		return chunks.inTransaction(lender, () -> runs.page(before, limit));
	}

	/** Every lender with active loans and their loans' time zone (read in the platform scope). */
	public List<LenderClock> lenders() {
		return chunks.inTransaction(TenantId.PLATFORM, runs::lendersWithActiveLoans);
	}

	private StoredRun close(TenantId lender, LocalDate day) {
		chunks.inTransaction(lender, () -> {
			runs.start(lender, day);
			return null;
		});
		try (ExecutorService workers = Executors.newFixedThreadPool(properties.workers(),
				Thread.ofPlatform().name("close-of-business-", 0).factory())) {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < properties.workers(); i++) {
				running.add(workers.submit(() -> closeChunksOf(lender, day)));
			}
			for (Future<?> worker : running) {
				worker.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while closing " + day, ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(ex.getCause());
		}
		awaitOthers(lender, day);
		return chunks.inTransaction(lender, () -> {
			runs.complete(lender, day);
			return runs.find(lender, day).orElseThrow();
		});
	}

	/** One pass over the lender's loans in id order; loans another worker held when passed are left to {@link #awaitOthers}. */
	private void closeChunksOf(TenantId lender, LocalDate day) {
		ChunkClose.Closed closed = new ChunkClose.Closed(Counts.NONE, ChunkClose.FIRST);
		do {
			closed = chunks.next(lender, day, properties.chunkSize(), closed.last());
		}
		while (closed.counts().loans() > 0);
	}

	/** Chunks another instance holds are closed by it, or come back to us if it dies (its locks go with it). */
	private void awaitOthers(TenantId lender, LocalDate day) {
		while (chunks.unfinished(lender, day)) {
			try {
				Thread.sleep(WAIT_FOR_OTHERS_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while others close " + day, ex);
			}
			closeChunksOf(lender, day);
		}
	}
}
