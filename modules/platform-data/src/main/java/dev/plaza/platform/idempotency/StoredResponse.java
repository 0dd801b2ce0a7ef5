package dev.plaza.platform.idempotency;

/** The first response given to an idempotency key, replayed to every repeat. */
record StoredResponse(int status, String contentType, String location, byte[] body) {
}
