package dev.plaza.venues;

import dev.plaza.platform.TenantId;

/** The room was created or changed; listings that show it must be read again. */
public record RoomChanged(TenantId tenant, RoomId room) {
}
