package dev.plaza.lending.jobs;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.plaza.lending.application.CloseOfBusiness;
import dev.plaza.lending.application.CloseOfBusinessProperties;
import dev.plaza.lending.persistence.CloseOfBusinessRuns.LenderClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes each lender's previous local day once its midnight passed, every
 * {@code plaza.lending.close-of-business.interval}. Every instance may run it at once: they share
 * the loans chunk by chunk, never closing one twice.
 */
@Component
class CloseOfBusinessSchedule {

	private static final Logger log = LoggerFactory.getLogger(CloseOfBusinessSchedule.class);

	private final CloseOfBusiness closeOfBusiness;

	private final CloseOfBusinessProperties properties;

	private final Clock clock = Clock.systemUTC();

	CloseOfBusinessSchedule(CloseOfBusiness closeOfBusiness, CloseOfBusinessProperties properties) {
		this.closeOfBusiness = closeOfBusiness;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${plaza.lending.close-of-business.interval:PT5M}", initialDelayString = "PT1M")
	void closeEndedDays() {
		if (!properties.enabled()) {
			return;
		}
		for (LenderClock lender : closeOfBusiness.lenders()) {
			LocalDate yesterday = LocalDate.now(clock.withZone(zone(lender))).minusDays(1);
			if (!lender.earliest().isBefore(yesterday)) {
				continue;
			}
			try {
				closeOfBusiness.closeUpTo(lender.lender(), yesterday);
			}
			catch (RuntimeException ex) {
				log.warn("The close of business of lender {} up to {} failed; the next round resumes it", lender.lender(),
						yesterday, ex);
			}
		}
	}

	private static ZoneId zone(LenderClock lender) {
		try {
			return ZoneId.of(lender.timeZone());
		}
		catch (DateTimeException ex) {
			return ZoneId.of("UTC");
		}
	}
}
