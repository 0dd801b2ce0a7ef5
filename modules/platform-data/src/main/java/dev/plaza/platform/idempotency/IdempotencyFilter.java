package dev.plaza.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.plaza.platform.ProblemType;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every creating {@code POST /api/**} safe to retry: the first response to an
 * {@code Idempotency-Key} is stored per tenant and replayed to repeats; a repeat arriving while
 * the first is still running gets 409, and reusing the key for a different request gets 422. A key
 * whose request took effect but whose instance died before storing the answer gets 409
 * {@code idempotency-response-lost} rather than running again (see {@link EffectMarks}).
 *
 * <p>It runs after authentication, inside the caller's tenant context.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotency-Replayed";

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

	private final IdempotencyRecords records;

	private final EffectMarks effects;

	private final ProblemResponses problems;

	IdempotencyFilter(IdempotencyRecords records, EffectMarks effects, ProblemResponses problems) {
		this.records = records;
		this.effects = effects;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith("/api/") || TenantContext.current().isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (!VALID_KEY.matcher(key).matches()) {
			problems.write(response, ProblemType.INVALID_IDEMPOTENCY_KEY,
					"The Idempotency-Key header must be 1 to 255 visible ASCII characters, such as a UUID.",
					request.getRequestURI());
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		Claim claim = records.claim(key, fingerprint(request, body));
		switch (claim) {
			case Claim.Acquired acquired -> handleFirst(key, new CachedBodyRequest(request, body), response, chain);
			case Claim.Completed completed -> replay(completed.response(), response);
			case Claim.ResponseLost lost -> answerLost(key, request, response);
			case Claim.InFlight inFlight -> problems.write(response, ProblemType.IDEMPOTENCY_IN_FLIGHT,
					"A request with this Idempotency-Key is still being processed. Retry after it completes.",
					request.getRequestURI());
			case Claim.Mismatch mismatch -> problems.write(response, ProblemType.IDEMPOTENCY_KEY_REUSED,
					"This Idempotency-Key was already used for a different request. Use a new key for a new request.",
					request.getRequestURI());
		}
	}

	private void handleFirst(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		try (EffectMarks.Watch watch = effects.watch(key)) {
			chain.doFilter(request, recorded);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			records.release(key);
			throw ex;
		}
		if (recorded.getStatus() >= 500 || recorded.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
			// Nothing was done, and the same request may succeed later: a retry must run again.
			records.release(key);
		}
		else {
			records.complete(key, stored(recorded));
		}
		recorded.copyBodyToResponse();
	}

	/** Settles the key with this answer, so that every later repeat gets it too. */
	private void answerLost(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		problems.write(recorded, ProblemType.IDEMPOTENCY_RESPONSE_LOST,
				"The request with this Idempotency-Key took effect, but its response was lost when the server handling "
						+ "it stopped. Read the resource it created or changed to see the result: sending the request "
						+ "again, under any key, would do it twice.",
				request.getRequestURI());
		records.complete(key, stored(recorded));
		recorded.copyBodyToResponse();
	}

	private static StoredResponse stored(ContentCachingResponseWrapper recorded) {
		return new StoredResponse(recorded.getStatus(), recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
				recorded.getContentAsByteArray());
	}

	private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader(REPLAYED_HEADER, "true");
		response.getOutputStream().write(stored.body());
	}

	/** Same key, same request: method, path, query, content type and body all match. */
	private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String head = request.getMethod() + ' ' + request.getRequestURI() + '?'
					+ Objects.toString(request.getQueryString(), "") + '\n' + Objects.toString(request.getContentType(), "")
					+ '\n';
			digest.update(head.getBytes(StandardCharsets.UTF_8));
			return digest.digest(body);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}
}
