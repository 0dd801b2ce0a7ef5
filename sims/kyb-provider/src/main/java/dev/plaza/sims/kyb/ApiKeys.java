package dev.plaza.sims.kyb;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/** Names the client of every call by the API key it sends in the {@code x-api-key} metadata entry. */
final class ApiKeys implements ServerInterceptor {

	static final Metadata.Key<String> HEADER = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);

	/** The calling client's API key, empty when it sent none. */
	static final Context.Key<String> CLIENT = Context.key("kyb-client");

	@Override
	public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
		String key = headers.get(HEADER);
		return Contexts.interceptCall(Context.current().withValue(CLIENT, key == null ? "" : key), call, headers, next);
	}
}
