package dev.plaza.catalog.media;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

	/** Local disk unless another {@link MediaStore} is configured (an S3-compatible bucket, scaled). */
	@Bean
	MediaStore localMediaStore(@Value("${plaza.media.directory:${plaza.home:var}/media}") Path directory) {
		return new LocalMediaStore(directory);
	}
}
