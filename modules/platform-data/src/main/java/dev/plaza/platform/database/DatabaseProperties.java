package dev.plaza.platform.database;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where Plaza keeps its data.
 *
 * @param embedded the PostgreSQL server Plaza starts itself; switch it off to connect to the
 * server named by {@code spring.datasource.url} instead
 * @param appRole the role the application connects as: it owns no table, so row-level security
 * always applies to it
 * @param modules the modules whose schemas this app migrates and uses; empty, every module whose
 * migrations are on the classpath. A service app names its own: it also carries other modules'
 * published types, whose tables live in their services' databases.
 */
@ConfigurationProperties("plaza.database")
public record DatabaseProperties(@DefaultValue Embedded embedded, @DefaultValue("plaza_app") String appRole,
		@DefaultValue List<String> modules) {

	/**
	 * @param enabled start an embedded PostgreSQL 17 server with the app
	 * @param dataDirectory where its cluster lives, kept across restarts
	 * @param port port on 127.0.0.1; 0 picks a free one
	 * @param durable fsync and synchronous commit on; only tests turn it off
	 * @param sharedBuffers PostgreSQL's page cache ({@code shared_buffers}); unset, a quarter of the machine's
	 * memory, at least 128MB and at most 4GB. The server assumes the rest of a three-quarter share is the
	 * operating system's file cache ({@code effective_cache_size}).
	 */
	public record Embedded(@DefaultValue("true") boolean enabled, @DefaultValue("var/postgres") Path dataDirectory,
			@DefaultValue("0") int port, @DefaultValue("true") boolean durable, DataSize sharedBuffers) {
	}
}
