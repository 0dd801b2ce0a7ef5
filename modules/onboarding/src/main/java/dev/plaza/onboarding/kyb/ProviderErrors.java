package dev.plaza.onboarding.kyb;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.RetryInfo;
import io.grpc.Metadata;
import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/** What a gRPC error of the provider means for Plaza: worth another attempt, or a reason for a person. */
final class ProviderErrors {

	/**
	 * Safe to ask again because Verify is idempotent by request id: the provider answers a repeated
	 * question from its record. DEADLINE_EXCEEDED included: the first question may have been answered,
	 * and the repeat gets that same answer.
	 */
	private static final Set<Code> RETRYABLE = Set.of(Code.UNAVAILABLE, Code.RESOURCE_EXHAUSTED, Code.DEADLINE_EXCEEDED);

	private static final Metadata.Key<String> PUSHBACK = Metadata.Key.of("grpc-retry-pushback-ms",
			Metadata.ASCII_STRING_MARSHALLER);

	private ProviderErrors() {
	}

	static Attempt classify(StatusRuntimeException failure) {
		Code code = failure.getStatus().getCode();
		String said = code + (failure.getStatus().getDescription() == null ? ""
				: ": " + failure.getStatus().getDescription());
		if (RETRYABLE.contains(code)) {
			return new Attempt.Retryable("the provider answered " + said, retryAfter(failure));
		}
		return new Attempt.Refused(switch (code) {
			case UNAUTHENTICATED -> "The KYB provider did not accept Plaza's API key (" + said
					+ "); set plaza.onboarding.kyb.api-key to the key the provider issued, then retry the failed items";
			case PERMISSION_DENIED -> "The KYB provider does not let Plaza's API key verify businesses (" + said
					+ "); ask the provider to allow it, then retry the failed items";
			case INVALID_ARGUMENT -> "The KYB provider refused this business's data (" + said
					+ "); correct the row and upload it again";
			default -> "The KYB provider answered " + said
					+ ", which Plaza does not retry on its own; retry the failed items once the provider has resolved it";
		});
	}

	/** The provider's hint: a {@code google.rpc.RetryInfo} in the status details, else the pushback trailer. */
	private static Optional<Duration> retryAfter(StatusRuntimeException failure) {
		com.google.rpc.Status status = StatusProto.fromThrowable(failure);
		if (status != null) {
			for (var detail : status.getDetailsList()) {
				if (detail.is(RetryInfo.class)) {
					try {
						com.google.protobuf.Duration delay = detail.unpack(RetryInfo.class).getRetryDelay();
						return Optional.of(Duration.ofSeconds(delay.getSeconds(), delay.getNanos()));
					}
					catch (InvalidProtocolBufferException unreadable) {
						break;
					}
				}
			}
		}
		String pushback = failure.getTrailers() == null ? null : failure.getTrailers().get(PUSHBACK);
		if (pushback != null && pushback.matches("\\d{1,9}")) {
			return Optional.of(Duration.ofMillis(Long.parseLong(pushback)));
		}
		return Optional.empty();
	}
}
