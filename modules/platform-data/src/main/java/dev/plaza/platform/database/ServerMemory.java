package dev.plaza.platform.database;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;
import org.springframework.util.unit.DataSize;

/**
 * How much memory the embedded PostgreSQL caches pages in: the usual quarter of the machine (its
 * default of 128MB makes a book of a million loans read from disk), and what it may assume the
 * operating system caches besides.
 *
 * @param sharedBuffers PostgreSQL's own page cache
 * @param effectiveCache its own cache and the file cache together, a planner estimate, never allocated
 */
record ServerMemory(DataSize sharedBuffers, DataSize effectiveCache) {

	private static final DataSize LEAST = DataSize.ofMegabytes(128);

	private static final DataSize MOST = DataSize.ofGigabytes(4);

	/** @param configured {@code plaza.database.embedded.shared-buffers}; {@code null} sizes it from the machine */
	static ServerMemory of(DataSize configured) {
		long machine = ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
		long buffers = configured != null ? configured.toBytes()
				: Math.clamp(machine / 4, LEAST.toBytes(), MOST.toBytes());
		return new ServerMemory(DataSize.ofBytes(buffers), DataSize.ofBytes(Math.max(buffers, machine * 3 / 4)));
	}
}
