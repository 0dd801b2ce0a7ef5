package dev.plaza.media.internal;

import java.util.UUID;

import dev.plaza.platform.TenantId;

/** An original is stored and its renditions are due; handled in the background through the outbox. */
record ImageUploaded(TenantId tenant, UUID image) {
}
