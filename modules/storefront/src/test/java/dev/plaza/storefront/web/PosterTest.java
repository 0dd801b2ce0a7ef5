package dev.plaza.storefront.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.venues.MovieId;
import dev.plaza.venues.PublicCatalog.Movie;
import org.junit.jupiter.api.Test;

class PosterTest {

	@Test
	void aPosterKeptElsewhereIsShownAsItIsWithoutRenditions() {
		Movie movie = movie("https://cdn.example.com/poster.jpg");

		Poster poster = Poster.of(movie).orElseThrow();

		assertThat(poster.src()).isEqualTo("https://cdn.example.com/poster.jpg");
		assertThat(poster.srcset()).isNull();
		assertThat(poster.webpSrcset()).isNull();
		assertThat(Poster.preview(movie, "https://tickets.example.com")).contains("https://cdn.example.com/poster.jpg");
	}

	@Test
	void anUploadedPosterIsOfferedThroughItsRenditions() {
		Movie movie = movie("/media/019ab000-0000-7000-8000-00000000f00d/original.webp");

		Poster poster = Poster.of(movie).orElseThrow();

		assertThat(poster.src()).isEqualTo("/media/019ab000-0000-7000-8000-00000000f00d/320w.jpg");
		assertThat(poster.webpSrcset()).endsWith("/media/019ab000-0000-7000-8000-00000000f00d/1280w.webp 1280w");
		assertThat(Poster.preview(movie, "https://tickets.example.com"))
			.contains("https://tickets.example.com/media/019ab000-0000-7000-8000-00000000f00d/1280w.jpg");
	}

	private static Movie movie(String posterUrl) {
		return new Movie(new MovieId(UUID.randomUUID()), "noche", "Noche", "Night", "A story.", List.of(), List.of(), 100,
				"12", LocalDate.of(2030, 1, 1), List.of("es"), Optional.of(posterUrl));
	}
}
