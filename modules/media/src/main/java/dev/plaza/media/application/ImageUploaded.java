package dev.plaza.media.application;

import java.util.UUID;

import dev.plaza.platform.TenantId;

/** An original is stored and its renditions are due; handled in the background through the outbox. */
public record ImageUploaded(TenantId tenant, UUID image) {
}
