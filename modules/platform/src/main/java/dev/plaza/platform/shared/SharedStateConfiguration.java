package dev.plaza.platform.shared;

import dev.plaza.platform.NearCacheEvictions;
import dev.plaza.platform.TokenBuckets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Token buckets and near-cache evictions: in this process, or shared through Redis when {@code plaza.redis.url} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisProperties.class)
class SharedStateConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(RedisNotConfigured.class)
	static class InProcess {

		@Bean
		TokenBuckets tokenBuckets() {
			return new LocalTokenBuckets();
		}

		@Bean
		NearCacheEvictions nearCacheEvictions() {
			return NearCacheEvictions.inProcess();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(RedisConfigured.class)
	static class OnRedis {

		@Bean(destroyMethod = "close")
		RedisLink redisLink(RedisProperties properties) {
			return new RedisLink(properties);
		}

		@Bean
		TokenBuckets tokenBuckets(RedisLink redis) {
			return new RedisTokenBuckets(redis, new LocalTokenBuckets());
		}

		@Bean(destroyMethod = "close")
		NearCacheEvictions nearCacheEvictions(RedisLink redis) {
			return new RedisNearCacheEvictions(redis);
		}
	}

	static final class RedisConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("plaza.redis.url"));
		}
	}

	static final class RedisNotConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !new RedisConfigured().matches(context, metadata);
		}
	}
}
