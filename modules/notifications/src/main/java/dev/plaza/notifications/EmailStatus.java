package dev.plaza.notifications;

import java.time.Instant;

/**
 * Where an e-mail stands.
 *
 * @param state {@code pending} (queued or waiting to retry), {@code sending}, {@code sent},
 * {@code failed} (refused on every attempt), or {@code unknown} (the process stopped in the middle
 * of the SMTP conversation; the message may have arrived and is not sent again)
 * @param attempts SMTP attempts made so far
 * @param lastError why the last attempt failed, if it did
 * @param sentAt when the SMTP server accepted it
 */
public record EmailStatus(EmailId id, String state, int attempts, String lastError, Instant sentAt) {
}
