package dev.plaza.media.application;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration {

	/** Closed with the context: the S3 store then releases its HTTP connections. */
	@Bean
	MediaStore mediaStore(MediaProperties properties,
			@Value("${plaza.media.directory:${plaza.home:var}/media}") Path directory) {
		return switch (properties.store()) {
			case LOCAL -> new LocalMediaStore(directory);
			case S3 -> S3MediaStore.connect(properties.s3());
		};
	}
}
