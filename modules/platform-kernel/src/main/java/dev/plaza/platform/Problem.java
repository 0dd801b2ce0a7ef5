package dev.plaza.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A failure the caller caused, answered as {@code application/problem+json}. The detail says
 * what is wrong and how to fix the request (the hint for an API caller added by the web layer, see
 * {@link #withHint} and {@link #withFieldHints}); extra properties (such as the offending ids) travel with it.
 */
public class Problem extends RuntimeException {

	/** {@link #named} of a refusal whose detail the caller wrote (or hinted), so it cannot be rebuilt from its fields. */
	private static final int OWN_DETAIL = -1;

	private final ProblemType type;

	private final Map<String, Object> properties;

	/** The fields a field refusal names, with their rules; empty for other refusals. */
	private final List<FieldError> fieldErrors;

	/** How many fields the detail names, or {@link #OWN_DETAIL} when it was not built from them. */
	private final int named;

	private Duration retryAfter;

	public Problem(ProblemType type, String detail) {
		this(type, detail, Map.of());
	}

	public Problem(ProblemType type, String detail, Map<String, Object> properties) {
		this(type, detail, properties, List.of(), OWN_DETAIL);
	}

	private Problem(ProblemType type, String detail, Map<String, Object> properties, List<FieldError> fieldErrors,
			int named) {
		super(detail, null, false, false);
		this.type = type;
		this.properties = new LinkedHashMap<>(properties);
		this.fieldErrors = List.copyOf(fieldErrors);
		this.named = named;
	}

	public static Problem notFound(String what, Object id) {
		return new Problem(ProblemType.NOT_FOUND, "No " + what + " with id " + id + " exists.");
	}

	/**
	 * Refuses a request for its fields: the detail reads "Fix these fields and retry: " and each
	 * field with its reason, and {@code errors} lists them as {@code [{field, reason}]}.
	 *
	 * @param errors at least one
	 */
	public static Problem invalidFields(ProblemType type, List<FieldError> errors) {
		return invalidFields(type, errors, errors.size());
	}

	/**
	 * As {@link #invalidFields(ProblemType, List)}, naming only the first {@code named} fields in the
	 * detail, so a batch of thousands of bad rows does not make a detail of megabytes; {@code errors}
	 * still lists every one.
	 */
	public static Problem invalidFields(ProblemType type, List<FieldError> errors, int named) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("A refusal for invalid fields names at least one field");
		}
		return fieldRefusal(type, summary(errors, named), errors, named);
	}

	/** Refuses a request for its fields with a detail of the caller's own; {@code errors} lists them. */
	public static Problem invalidFields(ProblemType type, String detail, List<FieldError> errors) {
		return fieldRefusal(type, detail, errors, OWN_DETAIL);
	}

	private static Problem fieldRefusal(ProblemType type, String detail, List<FieldError> errors, int named) {
		return new Problem(type, detail, Map.of("errors", errors.stream().map(Problem::wire).toList()), errors, named);
	}

	private static String summary(List<FieldError> errors, int named) {
		return "Fix these fields and retry: " + errors.stream().limit(named)
			.map(error -> error.field() + " " + error.reason())
			.collect(Collectors.joining("; ")) + ".";
	}

	/** Throws a {@link ProblemType#VALIDATION} refusal naming every error, if there is any. */
	public static void refuseIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw invalidFields(ProblemType.VALIDATION, errors);
		}
	}

	/** The rule stays on the server: callers already read the kind from the problem's type. */
	private static Map<String, String> wire(FieldError error) {
		Map<String, String> wire = new LinkedHashMap<>();
		wire.put("field", error.field());
		wire.put("reason", error.reason());
		return wire;
	}

	public ProblemType type() {
		return type;
	}

	public Map<String, Object> properties() {
		return Map.copyOf(properties);
	}

	/** The fields a refusal {@link #invalidFields for its fields} names, with their rules; empty for any other. */
	public List<FieldError> fieldErrors() {
		return fieldErrors;
	}

	/**
	 * This refusal with a hint appended to its detail, for one kind of caller: services say what is
	 * wrong ("There is no cart 42."), and the layer that knows its caller adds what to do about it,
	 * such as the API call that fixes it ("Create one with POST /api/v1/carts.").
	 */
	public Problem withHint(String hint) {
		Problem hinted = new Problem(type, getMessage() + " " + hint, properties, fieldErrors, OWN_DETAIL);
		hinted.retryAfter = retryAfter;
		return hinted;
	}

	/**
	 * This field refusal with its errors rewritten for one kind of caller, as {@link #withHint} does for the
	 * detail: services say what is wrong with a field ("names no stock location of this shop ('lisbon')"), and
	 * the layer that knows its caller completes the reason ("…; create it with PUT /api/v1/stock/locations/lisbon
	 * first"). {@code errors} lists the rewritten ones, and a detail built from the fields names them as
	 * rewritten; a detail of the caller's own stays. Any other refusal is returned as it is.
	 *
	 * @param hint an error as this caller should read it; the error itself when it has no hint
	 */
	public Problem withFieldHints(UnaryOperator<FieldError> hint) {
		if (fieldErrors.isEmpty()) {
			return this;
		}
		List<FieldError> hinted = fieldErrors.stream().map(hint).toList();
		Map<String, Object> rewritten = new LinkedHashMap<>(properties);
		rewritten.put("errors", hinted.stream().map(Problem::wire).toList());
		Problem refusal = new Problem(type, named == OWN_DETAIL ? getMessage() : summary(hinted, named), rewritten,
				hinted, named);
		refusal.retryAfter = retryAfter;
		return refusal;
	}

	/** Tells the caller when trying again makes sense (a {@code Retry-After} header), for 429 and 503. */
	public Problem retryAfter(Duration wait) {
		this.retryAfter = wait;
		return this;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}
}
