package dev.plaza.venues.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A movie as stored and answered; {@code posterUrl} and {@code gallery} are plain links until media renditions exist. */
public record Movie(UUID id, String slug, String title, @Schema(nullable = true) String originalTitle,
		@Schema(nullable = true) String synopsis, List<String> cast, List<String> genres, int durationMinutes,
		@Schema(nullable = true) String ageRating, @Schema(nullable = true) LocalDate releaseDate,
		List<String> languages, @Schema(nullable = true) String posterUrl, List<String> gallery) {
}
