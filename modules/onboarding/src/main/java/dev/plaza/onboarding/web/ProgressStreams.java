package dev.plaza.onboarding.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.plaza.onboarding.application.OnboardingJobs;
import dev.plaza.onboarding.persistence.StoredItem;
import dev.plaza.onboarding.web.JobViews.JobView;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What the API streams after the request thread has gone: progress events and the results file. Both
 * read in the tenant of the request that asked, carried over explicitly.
 */
@Component
class ProgressStreams {

	private static final Logger log = LoggerFactory.getLogger(ProgressStreams.class);

	private static final Duration TICK = Duration.ofMillis(500);

	private static final Duration LONGEST = Duration.ofHours(1);

	private static final int RESULTS_PAGE = 1000;

	private final OnboardingJobs jobs;

	ProgressStreams(OnboardingJobs jobs) {
		this.jobs = jobs;
	}

	SseEmitter follow(UUID job) {
		TenantId tenant = TenantContext.current().orElseThrow();
		SseEmitter emitter = new SseEmitter(LONGEST.toMillis());
		Thread.ofVirtual().name("onboarding-events-" + job).start(() -> TenantContext.runAs(tenant, () -> stream(job, emitter)));
		return emitter;
	}

	private void stream(UUID job, SseEmitter emitter) {
		try {
			JobView last = null;
			while (true) {
				JobView now = JobView.of(jobs.progress(job));
				if (!"running".equals(now.status())) {
					emitter.send(SseEmitter.event().name("progress").data(now));
					emitter.send(SseEmitter.event().name("done").data(now));
					emitter.complete();
					return;
				}
				if (!now.equals(last)) {
					emitter.send(SseEmitter.event().name("progress").data(now));
					last = now;
				}
				Thread.sleep(TICK);
			}
		}
		catch (IOException | IllegalStateException gone) {
			// The client went away (or the stream timed out): nobody is listening any more.
			emitter.completeWithError(gone);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			emitter.complete();
		}
		catch (RuntimeException ex) {
			log.warn("The progress stream of onboarding job {} failed", job, ex);
			emitter.completeWithError(ex);
		}
	}

	StreamingResponseBody results(UUID job) {
		TenantId tenant = TenantContext.current().orElseThrow();
		return output -> {
			Writer csv = new OutputStreamWriter(output, StandardCharsets.UTF_8);
			csv.write("row,taxId,country,state,organizationId,reasons\r\n");
			TenantContext.runAs(tenant, () -> {
				int after = 0;
				for (List<StoredItem> page = jobs.items(job, Optional.empty(), after, RESULTS_PAGE); !page.isEmpty();
						page = jobs.items(job, Optional.empty(), after, RESULTS_PAGE)) {
					page.forEach(item -> line(csv, item));
					after = page.getLast().row();
				}
			});
			csv.flush();
		};
	}

	private static void line(Writer csv, StoredItem item) {
		String reasons = item.reasons().stream().map(reason -> reason.rule() + ": " + reason.message())
			.collect(Collectors.joining("; "));
		try {
			csv.write(item.row() + "," + field(item.business().taxId()) + "," + field(item.business().country()) + ","
					+ item.state().code() + "," + (item.organization() == null ? "" : item.organization()) + "," + field(reasons)
					+ "\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
	private static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}
}
