package dev.plaza.platform.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Redis, shared by every instance of a scaled deployment for token buckets and near-cache
 * evictions. Unset, Plaza keeps both in its own memory, as one process needs.
 *
 * @param url the server, such as {@code redis://127.0.0.1:6379} or {@code rediss://:password@host:6380/0}
 * @param timeout the longest Plaza waits for one answer of Redis before it goes on without it
 */
@ConfigurationProperties("plaza.redis")
record RedisProperties(String url, @DefaultValue("500ms") Duration timeout) {
}
