package dev.plaza.identity.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TokenBuckets;
import dev.plaza.platform.web.ProblemResponses;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits failed client authentications at the token, revocation and introspection endpoints, per
 * client id and per address: past the limit (10 a minute by default) the client id or address is
 * answered 429 with {@code Retry-After} until its bucket refills, right secret or not — otherwise
 * a secret could be guessed at full speed. Failures are counted in the shared {@link TokenBuckets}
 * (Redis when scaled), so the limit holds across instances.
 */
public final class FailedClientAuthentications extends OncePerRequestFilter {

	static final ProblemType TOO_MANY_FAILURES = new ProblemType("too-many-failed-authentications",
			"Too many failed client authentications", 429);

	private final TokenBuckets buckets;

	private final BucketConfiguration perMinute;

	private final int failuresPerMinute;

	private final ProblemResponses problems;

	private final Clock clock;

	/** Keys (client ids, addresses) whose bucket is empty, until when; each instance learns it at its next failure. */
	private final Cache<String, Instant> refusedUntil = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	public FailedClientAuthentications(TokenBuckets buckets, int failuresPerMinute, ProblemResponses problems, Clock clock) {
		this.buckets = buckets;
		this.failuresPerMinute = failuresPerMinute;
		this.perMinute = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(failuresPerMinute).refillGreedy(failuresPerMinute, Duration.ofMinutes(1)))
			.build();
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = "token-failures/client/" + clientId(request).map(FailedClientAuthentications::bounded).orElse("-") + "/"
				+ failuresPerMinute;
		String address = "token-failures/address/" + request.getRemoteAddr() + "/" + failuresPerMinute;
		Optional<Duration> wait = Stream.of(client, address).map(this::refusedFor).flatMap(Optional::stream)
			.max(Duration::compareTo);
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			problems.write(response, TOO_MANY_FAILURES, "Too many failed client authentications for this client or "
					+ "from this address. Check the client id and secret, and try again in " + seconds + " seconds.",
					request.getRequestURI());
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			countFailure(client);
			countFailure(address);
		}
	}

	private Optional<Duration> refusedFor(String key) {
		Instant until = refusedUntil.getIfPresent(key);
		Instant now = clock.instant();
		return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	private void countFailure(String key) {
		ConsumptionProbe probe = buckets.tryTake(key, perMinute, 1);
		if (!probe.isConsumed() || probe.getRemainingTokens() == 0) {
			long nanos = probe.isConsumed() ? Duration.ofMinutes(1).toNanos() / failuresPerMinute : probe.getNanosToWaitForRefill();
			refusedUntil.put(key, clock.instant().plusNanos(nanos));
		}
	}

	/** Client ids are short; a long one is made up, and must not make a long bucket name. */
	private static String bounded(String clientId) {
		return clientId.length() > 100 ? clientId.substring(0, 100) : clientId;
	}

	/** The client id of HTTP Basic (RFC 6749 §2.3.1: form-encoded) or of the {@code client_id} parameter. */
	private static Optional<String> clientId(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = credentials.indexOf(':');
				if (colon > 0) {
					return Optional.of(URLDecoder.decode(credentials.substring(0, colon), StandardCharsets.UTF_8));
				}
			}
			catch (IllegalArgumentException malformed) {
				// No client id to count against; the address still counts.
			}
			return Optional.empty();
		}
		return Optional.ofNullable(request.getParameter("client_id"));
	}
}
