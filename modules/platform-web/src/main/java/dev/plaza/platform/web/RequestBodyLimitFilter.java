package dev.plaza.platform.web;

import java.io.IOException;
import java.util.List;

import dev.plaza.platform.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit ({@code plaza.http.max-request-body} in Plaza's apps) with 413
 * {@code payload-too-large}: at once when the declared length is too large, without reading a byte of
 * it, and while reading when a chunked body grows past the limit. Whoever reads the body first gets a
 * {@link BodyTooLargeException}; when it lets it through, this filter answers the 413.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final ProblemResponses problems;

	private final List<LargeUpload> largeUploads;

	public RequestBodyLimitFilter(DataSize limit, ProblemResponses problems) {
		this(limit, problems, List.of());
	}

	/** @param largeUploads the endpoints held to a limit of their own instead */
	public RequestBodyLimitFilter(DataSize limit, ProblemResponses problems, List<LargeUpload> largeUploads) {
		this.limit = limit.toBytes();
		this.problems = problems;
		this.largeUploads = List.copyOf(largeUploads);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, limit);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, limit), response);
		}
		catch (BodyTooLargeException ex) {
			if (!response.isCommitted()) {
				response.reset();
				refuse(request, response, limit);
			}
		}
	}

	private long limitFor(HttpServletRequest request) {
		return largeUploads.stream()
			.filter(upload -> upload.matches(request.getMethod(), request.getRequestURI()))
			.findFirst()
			.map(upload -> upload.limit().toBytes())
			.orElse(limit);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		problems.write(response, ProblemType.PAYLOAD_TOO_LARGE,
				"The request body is larger than the limit of " + limit + " bytes. Send less data per request.",
				request.getRequestURI());
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedInputStream(super.getInputStream(), limit);
			}
			return stream;
		}
	}
}
