package dev.plaza.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Posters and gallery pictures: uploaded as files, made into 320/640/1280 px WebP and JPEG
 * renditions in the background, served to anyone with year-long caching.
 */
@PlazaTest
class CatalogImagesTest {

	static final String IMAGES = Pictures.IMAGES;

	@Autowired
	PlazaClient plaza;

	CatalogCalls catalog;

	@BeforeEach
	void aCinemaChain() {
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
	}

	@Test
	void anUploadedPosterGetsEveryRenditionInTheBackground() throws IOException {
		Response uploaded = upload("image/png", Pictures.png(1600, 900));

		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		assertThat(uploaded.header("Location")).endsWith(IMAGES + "/" + uploaded.json().get("id").asString());
		assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/png");
		assertThat(uploaded.json().get("width").asInt()).isEqualTo(1600);
		JsonNode ready = ready(uploaded.json().get("id").asString());

		assertThat(ready.get("renditions")).hasSize(6);
		for (JsonNode rendition : ready.get("renditions")) {
			HttpResponse<byte[]> file = fetch(rendition.get("url").asString(), null);
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type")).contains(rendition.get("contentType").asString());
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.body()));
			assertThat(decoded).as(rendition.get("url").asString() + " decodes").isNotNull();
			assertThat(decoded.getWidth()).isEqualTo(rendition.get("width").asInt());
			assertThat(decoded.getHeight()).isEqualTo(Math.round(900 * rendition.get("width").asInt() / 1600f));
		}
		HttpResponse<byte[]> original = fetch(ready.get("original").asString(), null);
		assertThat(original.body()).isEqualTo(Pictures.png(1600, 900));
	}

	@Test
	void filesAreCacheableForAYearAndRevalidateWithTheirETag() {
		JsonNode ready = ready(upload("image/png", Pictures.png(700, 400)).json().get("id").asString());
		String url = ready.get("renditions").get(0).get("url").asString();

		HttpResponse<byte[]> first = fetch(url, null);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = fetch(url, etag);

		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public",
				"immutable");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aSmallOriginalIsNeverEnlarged() throws IOException {
		JsonNode ready = ready(upload("image/png", Pictures.png(200, 100)).json().get("id").asString());

		for (JsonNode rendition : ready.get("renditions")) {
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(fetch(rendition.get("url").asString(), null).body()));
			assertThat(decoded.getWidth()).isEqualTo(200);
		}
	}

	@Test
	void aBodyThatIsNotAnImageIsRefused() {
		Response text = upload("image/jpeg", "<html>not a picture</html>".getBytes());
		Response empty = upload("image/png", new byte[0]);
		Response wrongType = upload("text/plain", Pictures.png(10, 10));

		assertThat(text.status()).isEqualTo(422);
		assertThat(text.problemType()).isEqualTo("not-an-image");
		assertThat(text.json().get("detail").asString()).contains("JPEG, PNG, WebP or GIF");
		assertThat(empty.problemType()).isEqualTo("not-an-image");
		assertThat(wrongType.status()).isEqualTo(415);
	}

	@Test
	void anImageWithTooManyPixelsIsRefusedBeforeDecoding() {
		BufferedImage huge = new BufferedImage(10_000, 5_000, BufferedImage.TYPE_BYTE_BINARY);

		Response refused = upload("image/png", Pictures.encode(huge, "png"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("image-too-large");
		assertThat(refused.json().get("detail").asString()).contains("10000 × 5000");
	}

	@Test
	void anotherTenantsImageIsNotFoundAndMissingFilesAnswer404() {
		String id = upload("image/png", Pictures.png(50, 50)).json().get("id").asString();
		CatalogCalls other = CatalogCalls.newTenant(plaza, "catalog:write");

		assertThat(other.get(IMAGES + "/" + id).status()).isEqualTo(404);
		assertThat(fetch("/media/" + id + "/2000w.webp", null).statusCode()).isEqualTo(404);
		assertThat(fetch("/media/" + id + "/..%2F..%2Fadmin-credentials", null).statusCode()).as("never served")
			.isIn(400, 404);
		assertThat(fetch("/media/not-an-id/320w.jpg", null).statusCode()).isEqualTo(404);
	}

	@Test
	void aFileMissingFromDiskIsNotFound() throws IOException {
		String id = upload("image/png", Pictures.png(400, 300)).json().get("id").asString();
		ready(id);
		Files.delete(Path.of("target/test-var/media", catalog.tenant.toString(), id, "640w.webp"));

		HttpResponse<byte[]> deleted = fetch("/media/" + id + "/640w.webp", null);
		HttpResponse<byte[]> noSuchImage = fetch("/media/" + UUID.randomUUID() + "/640w.webp", null);

		for (HttpResponse<byte[]> missing : List.of(deleted, noSuchImage)) {
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(new String(missing.body())).contains("/problems/not-found", "No file 640w.webp of image");
		}
		assertThat(fetch("/media/" + id + "/640w.jpg", null).statusCode()).as("the other files stay").isEqualTo(200);
	}

	@Test
	void uploadingNeedsTheCatalogScope() {
		CatalogCalls reader = CatalogCalls.newTenant(plaza, "tenant:read");

		Response refused = plaza.post(IMAGES, reader.token, "image/png", "x");

		assertThat(refused.status()).isEqualTo(403);
	}

	private Response upload(String contentType, byte[] body) {
		return Pictures.upload(catalog, contentType, body);
	}

	private JsonNode ready(String id) {
		return Pictures.ready(catalog, id);
	}

	private HttpResponse<byte[]> fetch(String path, String ifNoneMatch) {
		return Pictures.fetch(plaza, path, ifNoneMatch);
	}
}
