package dev.plaza.sims.kyb;

import java.time.Duration;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/** The errors the provider answers with, shaped as the contract describes them. */
final class Refusals {

	/** The hint gRPC's own retry policy reads: milliseconds to wait before asking again. */
	static final Metadata.Key<String> PUSHBACK = Metadata.Key.of("grpc-retry-pushback-ms", Metadata.ASCII_STRING_MARSHALLER);

	private Refusals() {
	}

	/**
	 * {@code RESOURCE_EXHAUSTED} with the delay to wait twice over: as a {@code google.rpc.RetryInfo} in
	 * the status details, and as the {@code grpc-retry-pushback-ms} trailer.
	 */
	static StatusRuntimeException exhausted(String message, Duration retryAfter) {
		com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
			.setCode(Code.RESOURCE_EXHAUSTED_VALUE)
			.setMessage(message)
			.addDetails(Any.pack(RetryInfo.newBuilder()
				.setRetryDelay(com.google.protobuf.Duration.newBuilder()
					.setSeconds(retryAfter.toSeconds())
					.setNanos(retryAfter.toNanosPart()))
				.build()))
			.build();
		Metadata trailers = new Metadata();
		trailers.put(PUSHBACK, Long.toString(retryAfter.toMillis()));
		return StatusProto.toStatusRuntimeException(status, trailers);
	}

	static StatusRuntimeException unavailable() {
		return Status.UNAVAILABLE.withDescription("The company register did not answer in time; ask again later")
			.asRuntimeException();
	}

	static StatusRuntimeException unauthenticated() {
		return Status.UNAUTHENTICATED.withDescription("Send a known API key in the x-api-key metadata entry")
			.asRuntimeException();
	}

	static StatusRuntimeException invalid(String field) {
		return Status.INVALID_ARGUMENT.withDescription(field + " is required").asRuntimeException();
	}
}
