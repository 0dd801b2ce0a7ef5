package dev.plaza.onboarding.application;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.onboarding.domain.JobMode;
import dev.plaza.onboarding.domain.Row;
import dev.plaza.onboarding.application.intake.Rows;
import dev.plaza.onboarding.persistence.ItemRepository;
import dev.plaza.onboarding.persistence.JobRepository;
import dev.plaza.onboarding.persistence.StoredJob;
import dev.plaza.platform.Ids;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.platform.web.BodyTooLargeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an upload in: its rows are read from the request body as they arrive and inserted a batch at a
 * time, all in one transaction, so a malformed file leaves nothing behind and a file of a million rows
 * is never held in memory. The job belongs to the uploader's tenant; workers pick it up once it commits.
 */
@Service
public class JobIntake {

	private static final int BATCH = 1000;

	private final JobRepository jobs;

	private final ItemRepository items;

	private final TransactionTemplate transactions;

	private final OnboardingProperties properties;

	JobIntake(JobRepository jobs, ItemRepository items, PlatformTransactionManager transactionManager,
			OnboardingProperties properties) {
		this.jobs = jobs;
		this.items = items;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
	}

	/**
	 * @param type {@link Rows#CSV} or {@link Rows#NDJSON}
	 * @throws Problem {@code malformed-upload} naming the line; {@code too-many-rows} or
	 *     {@code payload-too-large} past the limits
	 */
	public StoredJob receive(MediaType type, JobMode mode, InputStream body) {
		TenantId tenant = TenantContext.current().orElseThrow();
		UUID id = Ids.newId();
		try {
			return transactions.execute(status -> {
				jobs.add(tenant, id, mode, Rows.CSV.isCompatibleWith(type) ? "csv" : "ndjson");
				int total = insertRows(tenant, id, Rows.of(type, body));
				jobs.setTotal(id, total);
				return jobs.find(id).orElseThrow();
			});
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof BodyTooLargeException tooLarge) {
				throw new Problem(ProblemType.PAYLOAD_TOO_LARGE, "The upload is larger than the limit of " + tooLarge.limit()
						+ " bytes. Split it into several jobs.");
			}
			throw ex;
		}
	}

	private int insertRows(TenantId tenant, UUID job, Rows rows) {
		List<Row> batch = new ArrayList<>(BATCH);
		int total = 0;
		for (Optional<Row> row = rows.next(); row.isPresent(); row = rows.next()) {
			if (++total > properties.maxRows()) {
				throw new Problem(OnboardingProblems.TOO_MANY_ROWS, "The upload holds more than " + properties.maxRows()
						+ " rows, the most one job takes. Split it into several jobs.", Map.of("limit", properties.maxRows()));
			}
			batch.add(row.get());
			if (batch.size() == BATCH) {
				items.add(tenant, job, batch);
				batch.clear();
			}
		}
		if (total == 0) {
			throw new Problem(OnboardingProblems.MALFORMED_UPLOAD,
					"The upload holds no businesses. Send a header line and one line per business.");
		}
		if (!batch.isEmpty()) {
			items.add(tenant, job, batch);
		}
		return total;
	}
}
