package dev.plaza.media.application;

import java.time.Duration;
import java.util.Optional;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Image files as objects in an S3-compatible bucket (Amazon S3, MinIO, Ceph…), keyed
 * {@code <prefix><tenant>/<image>/<file>}. A PUT makes an object appear whole or not at all.
 */
final class S3MediaStore implements MediaStore, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	private final String folder;

	S3MediaStore(S3Client s3, String bucket, String folder) {
		this.s3 = s3;
		this.bucket = bucket;
		this.folder = folder;
	}

	static S3MediaStore connect(MediaProperties.S3 settings) {
		S3ClientBuilder client = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(30))
				.build())
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyleAccess())
			// Checksums only where S3 requires them: servers other than Amazon S3 often refuse the
			// trailing checksums the SDK would otherwise add to every upload.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (settings.endpoint() != null) {
			client.endpointOverride(settings.endpoint());
		}
		if (!MediaProperties.S3.blank(settings.accessKey())) {
			client.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		}
		return new S3MediaStore(client.build(), settings.bucket(), settings.folder());
	}

	@Override
	public void write(MediaKey key, byte[] bytes) {
		s3.putObject(put -> put.bucket(bucket).key(objectKey(key)), RequestBody.fromBytes(bytes));
	}

	/**
	 * Reads the whole object: files are small (an upload is at most {@code plaza.http.max-request-body}),
	 * and nothing stays open when the response is never written (a HEAD, a client gone).
	 */
	@Override
	public Optional<Resource> read(MediaKey key) {
		try {
			byte[] bytes = s3.getObjectAsBytes(get -> get.bucket(bucket).key(objectKey(key))).asByteArray();
			return Optional.of(new ByteArrayResource(bytes, "s3://" + bucket + "/" + objectKey(key)));
		}
		catch (NoSuchKeyException missing) {
			return Optional.empty();
		}
	}

	private String objectKey(MediaKey key) {
		return folder + key.path();
	}

	@Override
	public void close() {
		s3.close();
	}
}
