package dev.plaza.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import dev.plaza.venues.CatalogCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * "Stored on local disk by default, on S3-compatible storage when configured": the image API with
 * {@code plaza.media.store=s3}, against a real S3 server (S3Proxy). Runs in an app context of its own,
 * with its own data directory, since every {@code @PlazaTest} otherwise shares local disk.
 */
@PlazaTest
class CatalogImagesOnS3Test {

	/** Set without a trailing slash: Plaza treats the prefix as a folder all the same. */
	static final String PREFIX = "plaza-test";

	static final List<String> FILES = List.of("original.png", "320w.webp", "320w.jpg", "640w.webp", "640w.jpg",
			"1280w.webp", "1280w.jpg");

	static S3Client bucket;

	@Autowired
	PlazaClient plaza;

	CatalogCalls catalog;

	@DynamicPropertySource
	static void mediaInABucket(DynamicPropertyRegistry properties) {
		properties.add("plaza.home", () -> "target/test-var-s3");
		properties.add("plaza.media.store", () -> "s3");
		properties.add("plaza.media.s3.endpoint", () -> S3ProxyServer.shared().endpoint());
		properties.add("plaza.media.s3.region", () -> S3ProxyServer.REGION);
		properties.add("plaza.media.s3.bucket", () -> S3ProxyServer.BUCKET);
		properties.add("plaza.media.s3.access-key", () -> S3ProxyServer.ACCESS_KEY);
		properties.add("plaza.media.s3.secret-key", () -> S3ProxyServer.SECRET_KEY);
		properties.add("plaza.media.s3.path-style-access", () -> "true");
		properties.add("plaza.media.s3.key-prefix", () -> PREFIX);
	}

	@BeforeEach
	void aCinemaChain() {
		catalog = CatalogCalls.newTenant(plaza, "catalog:write");
		if (bucket == null) {
			bucket = S3ProxyServer.shared().client();
		}
	}

	@AfterAll
	static void closeClient() {
		if (bucket != null) {
			bucket.close();
			bucket = null;
		}
	}

	@Test
	void anUploadedPosterAndItsRenditionsAreObjectsInTheBucketServedAtMedia() throws IOException {
		byte[] poster = Pictures.png(1600, 900);
		String id = uploaded(catalog, poster);
		JsonNode ready = Pictures.ready(catalog, id);

		assertThat(keysUnder(folderOf(catalog, id))).containsExactlyInAnyOrderElementsOf(FILES);
		HttpResponse<byte[]> original = fetch(ready.get("original").asString(), null);
		assertThat(original.statusCode()).isEqualTo(200);
		assertThat(original.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(original.body()).isEqualTo(poster).isEqualTo(object(catalog, id, "original.png"));
		for (JsonNode rendition : ready.get("renditions")) {
			String url = rendition.get("url").asString();
			HttpResponse<byte[]> file = fetch(url, null);
			assertThat(file.statusCode()).as(url).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type")).contains(rendition.get("contentType").asString());
			assertThat(file.body()).as(url).isEqualTo(object(catalog, id, url.substring(url.lastIndexOf('/') + 1)));
			BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file.body()));
			assertThat(decoded.getWidth()).as(url).isEqualTo(rendition.get("width").asInt());
		}
	}

	@Test
	void filesFromTheBucketAreCacheableForAYearAndRevalidateWithTheirETag() {
		String id = uploaded(catalog, Pictures.png(700, 400));
		String url = Pictures.ready(catalog, id).get("renditions").get(1).get("url").asString();

		HttpResponse<byte[]> first = fetch(url, null);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = fetch(url, etag);

		assertThat(etag).isEqualTo("\"" + id + "/320w.jpg\"");
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public",
				"immutable");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).contains(etag);
		assertThat(again.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
	}

	@Test
	void eachTenantsFilesAreKeptUnderItsOwnKeys() {
		CatalogCalls other = CatalogCalls.newTenant(plaza, "catalog:write");
		String mine = uploaded(catalog, Pictures.png(300, 200));
		String theirs = uploaded(other, Pictures.png(300, 200));
		Pictures.ready(catalog, mine);
		Pictures.ready(other, theirs);

		assertThat(keysUnder(PREFIX + "/" + catalog.tenant + "/")).hasSize(FILES.size())
			.allSatisfy(file -> assertThat(file).startsWith(mine + "/"));
		assertThat(keysUnder(PREFIX + "/" + other.tenant + "/")).hasSize(FILES.size())
			.allSatisfy(file -> assertThat(file).startsWith(theirs + "/"));
		assertThat(other.get(Pictures.IMAGES + "/" + mine).status()).isEqualTo(404);
		assertThat(fetch("/media/" + mine + "/320w.jpg", null).body())
			.isEqualTo(object(catalog, mine, "320w.jpg"))
			.isNotEqualTo(object(other, theirs, "original.png"));
	}

	@Test
	void aFileMissingFromTheBucketIsNotFoundLikeOnDisk() {
		String id = uploaded(catalog, Pictures.png(400, 300));
		Pictures.ready(catalog, id);
		bucket.deleteObject(delete -> delete.bucket(S3ProxyServer.BUCKET).key(folderOf(catalog, id) + "640w.webp"));

		HttpResponse<byte[]> deleted = fetch("/media/" + id + "/640w.webp", null);
		HttpResponse<byte[]> noSuchImage = fetch("/media/" + UUID.randomUUID() + "/640w.webp", null);

		for (HttpResponse<byte[]> missing : List.of(deleted, noSuchImage)) {
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Type")).contains("application/problem+json");
			assertThat(new String(missing.body())).contains("/problems/not-found", "No file 640w.webp of image");
		}
		assertThat(fetch("/media/" + id + "/640w.jpg", null).statusCode()).as("the other files stay").isEqualTo(200);
	}

	private static String uploaded(CatalogCalls tenant, byte[] png) {
		Response uploaded = Pictures.upload(tenant, "image/png", png);
		assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
		return uploaded.json().get("id").asString();
	}

	private static String folderOf(CatalogCalls tenant, String image) {
		return PREFIX + "/" + tenant.tenant + "/" + image + "/";
	}

	/** The keys in the bucket under a folder, without the folder. */
	private static List<String> keysUnder(String folder) {
		return bucket.listObjectsV2Paginator(list -> list.bucket(S3ProxyServer.BUCKET).prefix(folder))
			.contents()
			.stream()
			.map(S3Object::key)
			.map(key -> key.substring(folder.length()))
			.toList();
	}

	private static byte[] object(CatalogCalls tenant, String image, String file) {
		return bucket.getObjectAsBytes(get -> get.bucket(S3ProxyServer.BUCKET).key(folderOf(tenant, image) + file))
			.asByteArray();
	}

	private HttpResponse<byte[]> fetch(String path, String ifNoneMatch) {
		return Pictures.fetch(plaza, path, ifNoneMatch);
	}
}
