package dev.plaza.gateway.edge;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.gateway.GatewayProblems;
import dev.plaza.gateway.GatewayProperties;
import dev.plaza.platform.web.ProblemResponses;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client: the subject of its (already verified) access token, else its address — the
 * one nginx saw, which Tomcat takes from {@code X-Forwarded-For} when the request comes from a trusted
 * proxy. Beyond the bucket, 429 with {@code Retry-After}; every answer tells what is left. Buckets live in
 * this process, so each gateway instance allows the rate on its own.
 */
@Component
@Order(0)
class RateLimitFilter extends OncePerRequestFilter {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final GatewayProperties.RateLimit rate;

	private final ProblemResponses problems;

	RateLimitFilter(GatewayProperties properties, ProblemResponses problems) {
		this.rate = properties.rateLimit();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = buckets.get(client(request), key -> Bucket.builder()
			.addLimit(limit -> limit.capacity(rate.burst()).refillGreedy(rate.perSecond(), Duration.ofSeconds(1)))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader("RateLimit-Limit", Long.toString(rate.burst()));
		response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
		problems.write(response, GatewayProblems.RATE_LIMITED,
				"This client sent more than " + rate.perSecond() + " requests per second (bursts up to " + rate.burst()
						+ "). Wait " + ProblemResponses.wholeSeconds(wait) + " s (Retry-After) and send fewer requests.",
				request.getRequestURI(), wait);
	}

	private static String client(HttpServletRequest request) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller instanceof JwtAuthenticationToken token && token.getToken().getSubject() != null) {
			return "client:" + token.getToken().getSubject();
		}
		return "address:" + request.getRemoteAddr();
	}
}
