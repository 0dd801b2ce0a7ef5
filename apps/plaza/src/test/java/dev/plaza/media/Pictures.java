package dev.plaza.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.imageio.ImageIO;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.venues.CatalogCalls;
import tools.jackson.databind.JsonNode;

/** Images for tests: drawn here, uploaded through the catalog's image API. */
public final class Pictures {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String IMAGES = "/api/v1/catalog/images";

	private Pictures() {
	}

	/** A poster-like picture of flat shapes: small as PNG, whatever its size. */
	public static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(20, 30, 80));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(240, 200, 40));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return encode(image, "png");
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static Response upload(CatalogCalls catalog, String contentType, byte[] body) {
		return catalog.plaza.send(HttpRequest.newBuilder(catalog.plaza.uri(IMAGES))
			.header("Authorization", "Bearer " + catalog.token)
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** Waits until the image's renditions are made; answers its description. */
	public static JsonNode ready(CatalogCalls catalog, String id) {
		return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
			JsonNode image = catalog.get(IMAGES + "/" + id).json();
			assertThat(image.get("status").asString()).isNotEqualTo("failed");
			return image;
		}, image -> image.get("status").asString().equals("ready"));
	}

	/** Uploads a 2:3 poster and waits for its renditions; answers the URL of its original. */
	public static String poster(CatalogCalls catalog) {
		Response uploaded = upload(catalog, "image/png", png(400, 600));
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		return ready(catalog, uploaded.json().get("id").asString()).get("original").asString();
	}

	/** A media file as a CDN would fetch it: no token, optionally revalidating an entity tag. */
	static HttpResponse<byte[]> fetch(PlazaClient plaza, String path, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(plaza.uri(path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
