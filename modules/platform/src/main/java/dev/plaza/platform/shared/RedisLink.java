package dev.plaza.platform.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubListener;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plaza's two connections to Redis (Lettuce): one for commands, one subscribed to a channel. After
 * an outage Lettuce reconnects both and subscribes again; meanwhile commands fail at once instead
 * of queueing, so callers go on without Redis. If Redis cannot be reached at start-up, Plaza starts
 * anyway and keeps trying every {@link #CONNECT_EVERY}.
 */
final class RedisLink implements AutoCloseable {

	static final Duration CONNECT_EVERY = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(RedisLink.class);

	private final ClientResources resources = DefaultClientResources.builder()
		.reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS))
		.build();

	private final RedisClient client;

	/** Where Redis is, for logs: without the password the URL may carry. */
	private final String address;

	private final ScheduledExecutorService connecting = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
		.name("redis-connect")
		.daemon()
		.factory());

	private volatile StatefulRedisConnection<byte[], byte[]> commands;

	private volatile StatefulRedisPubSubConnection<String, String> subscriber;

	private Subscription subscription;

	private boolean retrying;

	RedisLink(RedisProperties properties) {
		RedisURI uri = RedisURI.create(properties.url());
		uri.setTimeout(properties.timeout());
		this.client = RedisClient.create(resources, uri);
		this.address = uri.getHost() + ":" + uri.getPort();
		client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
			.socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).build())
			.build());
		connectOrRetry();
	}

	/** The command connection, once Redis could be reached. */
	Optional<StatefulRedisConnection<byte[], byte[]>> commands() {
		return Optional.ofNullable(commands);
	}

	/**
	 * Subscribes to the channel as soon as Redis can be reached; Lettuce subscribes again after
	 * every reconnection. The state listener hears the subscribed connection come and go.
	 */
	synchronized void subscribe(String channel, RedisPubSubListener<String, String> listener,
			RedisConnectionStateListener state) {
		this.subscription = new Subscription(channel, listener, state);
		connectOrRetry();
	}

	private synchronized void connectOrRetry() {
		if (connect() || retrying) {
			return;
		}
		log.warn("Redis at {} cannot be reached; token buckets and cache evictions stay in this instance until it can",
				address);
		retrying = true;
		connecting.schedule(this::retry, CONNECT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	private synchronized void retry() {
		if (connect()) {
			retrying = false;
			log.info("Redis reached: token buckets and cache evictions are shared with the other instances");
			return;
		}
		connecting.schedule(this::retry, CONNECT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Opens what is not open yet; answers whether everything is. */
	private boolean connect() {
		try {
			if (commands == null) {
				commands = client.connect(ByteArrayCodec.INSTANCE);
			}
			if (subscription != null && subscriber == null) {
				subscriber = subscribed(subscription);
			}
			return true;
		}
		catch (RuntimeException ex) {
			log.debug("Redis not reachable", ex);
			return false;
		}
	}

	private StatefulRedisPubSubConnection<String, String> subscribed(Subscription subscription) {
		StatefulRedisPubSubConnection<String, String> connection = client.connectPubSub(StringCodec.UTF8);
		try {
			connection.addListener(subscription.listener());
			connection.addListener(subscription.state());
			connection.sync().subscribe(subscription.channel());
			return connection;
		}
		catch (RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void close() {
		connecting.shutdownNow();
		if (subscriber != null) {
			subscriber.close();
		}
		if (commands != null) {
			commands.close();
		}
		client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		resources.shutdown(0, 2, TimeUnit.SECONDS);
	}

	private record Subscription(String channel, RedisPubSubListener<String, String> listener,
			RedisConnectionStateListener state) {
	}
}
