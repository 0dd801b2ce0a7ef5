package dev.plaza.media.application;

import java.net.URI;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where image files are kept. Local disk ({@code plaza.media.directory}, by default
 * {@code <plaza.home>/media}) suits one process; several processes share an S3-compatible bucket.
 *
 * @param store {@code local} or {@code s3}
 * @param s3 the bucket, read only when {@code store} is {@code s3}
 */
@ConfigurationProperties("plaza.media")
record MediaProperties(@DefaultValue("local") Store store, @DefaultValue S3 s3) {

	MediaProperties {
		if (store == Store.S3) {
			s3.check();
		}
	}

	enum Store {
		LOCAL, S3
	}

	/**
	 * @param endpoint the S3 API's base URL, such as {@code http://127.0.0.1:9000} for a MinIO server;
	 * none for Amazon S3 itself
	 * @param region the bucket's region; S3-compatible servers mostly answer to {@code us-east-1}
	 * @param bucket the bucket, which must exist
	 * @param accessKey the access key id, with {@code secretKey}; neither for the AWS SDK's default
	 * credentials (environment, profile, instance or container role)
	 * @param secretKey the secret access key
	 * @param pathStyleAccess {@code true} to address the bucket as {@code <endpoint>/<bucket>}, as MinIO,
	 * Ceph and most servers other than Amazon S3 need; {@code false} for {@code <bucket>.<endpoint host>}
	 * @param keyPrefix a folder put before every object key, such as {@code plaza/}, to share a bucket
	 * with other data
	 */
	record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey,
			@DefaultValue("false") boolean pathStyleAccess, @DefaultValue("") String keyPrefix) {

		/** The prefix as a folder: {@code plaza}, {@code /plaza/} and {@code plaza/} all make {@code plaza/}. */
		String folder() {
			String trimmed = keyPrefix.replaceAll("^/+|/+$", "");
			return trimmed.isEmpty() ? "" : trimmed + "/";
		}

		private void check() {
			required("bucket", bucket, "the name of an existing bucket");
			required("region", region, "the bucket's region, such as eu-west-1 (us-east-1 for most S3-compatible servers)");
			if (endpoint != null && !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
				throw new IllegalArgumentException("plaza.media.s3.endpoint (PLAZA_MEDIA_S3_ENDPOINT) must be an http:// or "
						+ "https:// URL, such as http://127.0.0.1:9000; it is '" + endpoint + "'.");
			}
			if (blank(accessKey) != blank(secretKey)) {
				String missing = blank(accessKey) ? "access-key (PLAZA_MEDIA_S3_ACCESSKEY)" : "secret-key (PLAZA_MEDIA_S3_SECRETKEY)";
				throw new IllegalArgumentException("plaza.media.s3." + missing + " is not set while its pair is: set both "
						+ "plaza.media.s3.access-key and plaza.media.s3.secret-key, or neither for the AWS SDK's default credentials.");
			}
		}

		private static void required(String property, String value, String what) {
			if (blank(value)) {
				throw new IllegalArgumentException("plaza.media.s3." + property + " (PLAZA_MEDIA_S3_"
						+ property.toUpperCase(Locale.ROOT) + ") is not set: media are stored in S3 "
						+ "(plaza.media.store=s3), which needs " + what + ".");
			}
		}

		/** Never shows the secret key, in logs or in a failure report. */
		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
					+ ", secretKey=" + (blank(secretKey) ? "" : "***") + ", pathStyleAccess=" + pathStyleAccess
					+ ", keyPrefix=" + keyPrefix + "]";
		}

		static boolean blank(String value) {
			return value == null || value.isBlank();
		}
	}
}
