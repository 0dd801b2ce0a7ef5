package dev.plaza.media.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which store keeps the media, and how a half-configured bucket stops Plaza at startup. */
class MediaStoreSettingsTest {

	private static final String[] BUCKET = { "plaza.media.store=s3", "plaza.media.s3.endpoint=http://127.0.0.1:9000",
			"plaza.media.s3.region=us-east-1", "plaza.media.s3.bucket=media", "plaza.media.s3.access-key=plaza",
			"plaza.media.s3.secret-key=s3cr3t-value" };

	private final ApplicationContextRunner plaza = new ApplicationContextRunner()
		.withUserConfiguration(MediaConfiguration.class);

	@Test
	void filesAreOnLocalDiskByDefaultUnderEachTenant(@TempDir Path home) {
		MediaKey key = new MediaKey(new TenantId(UUID.randomUUID()), UUID.randomUUID(), "original.png");

		plaza.withPropertyValues("plaza.home=" + home).run(context -> {
			context.getBean(MediaStore.class).write(key, new byte[] { 1, 2, 3 });

			assertThat(Files.readAllBytes(home.resolve("media").resolve(key.tenant().toString())
				.resolve(key.image().toString()).resolve("original.png"))).containsExactly(1, 2, 3);
		});
	}

	@Test
	void aBucketWithoutNameOrRegionStopsStartupNamingTheSetting() {
		plaza.withPropertyValues(BUCKET).withPropertyValues("plaza.media.s3.bucket=").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("plaza.media.s3.bucket (PLAZA_MEDIA_S3_BUCKET) is not set");
		});
		plaza.withPropertyValues(BUCKET).withPropertyValues("plaza.media.s3.region=").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("plaza.media.s3.region (PLAZA_MEDIA_S3_REGION) is not set");
		});
	}

	@Test
	void halfACredentialStopsStartupWithoutShowingTheSecret() {
		plaza.withPropertyValues(BUCKET).withPropertyValues("plaza.media.s3.secret-key=").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("plaza.media.s3.secret-key (PLAZA_MEDIA_S3_SECRETKEY) is not set");
		});
		plaza.withPropertyValues(BUCKET).withPropertyValues("plaza.media.s3.access-key=").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("plaza.media.s3.access-key (PLAZA_MEDIA_S3_ACCESSKEY) is not set");
			assertThat(stackTrace(context.getStartupFailure())).doesNotContain("s3cr3t-value");
		});
	}

	@Test
	void anEndpointThatIsNotAnHttpUrlStopsStartup() {
		plaza.withPropertyValues(BUCKET).withPropertyValues("plaza.media.s3.endpoint=localhost:9000").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("plaza.media.s3.endpoint (PLAZA_MEDIA_S3_ENDPOINT) must be an http:// or https:// URL");
		});
	}

	@Test
	void anUnknownStoreStopsStartup() {
		plaza.withPropertyValues("plaza.media.store=ftp").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure())
				.hasStackTraceContaining("Failed to bind properties under 'plaza.media.store'");
		});
	}

	@Test
	void aCompleteBucketSettingStartsWithoutReachingTheServer() {
		plaza.withPropertyValues(BUCKET).run(context -> assertThat(context).hasNotFailed());
	}

	private static String stackTrace(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}
}
