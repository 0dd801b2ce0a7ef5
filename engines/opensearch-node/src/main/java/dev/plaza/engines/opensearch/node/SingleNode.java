package dev.plaza.engines.opensearch.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * One OpenSearch node, alone in its cluster, with the modules Plaza's index needs loaded from the
 * classpath rather than from a distribution's folders. Run by {@code OpenSearchNode} in a JVM of its
 * own: {@code java SingleNode <home>}. It listens on 127.0.0.1 at a port the system picks, writes
 * that port to {@code <home>/http.port} once it serves, and stops when its standard input closes,
 * which happens when the JVM that started it ends, however it ends; it then deletes its home, data
 * and all, since no launcher may be left to do so.
 */
public final class SingleNode extends Node {

	/** HTTP and transport, the analysis filters Plaza's analyzer uses, and delete by query: modules every distribution has. */
	private static final List<Class<? extends Plugin>> MODULES = List.of(Netty4ModulePlugin.class,
			CommonAnalysisModulePlugin.class, ReindexModulePlugin.class);

	private SingleNode(Settings settings) {
		super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "plaza-test"),
				MODULES.stream().map(SingleNode::classpathPlugin).toList(), true);
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]).toAbsolutePath();
		Settings settings = settings(home);
		LogConfigurator.registerErrorListener();
		LogConfigurator.configureWithoutConfig(settings);
		SingleNode node = new SingleNode(settings);
		node.start();
		int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
		writePort(home, port);
		awaitEndOfInput(System.in);
		node.close();
		node.awaitClose(10, TimeUnit.SECONDS);
		deleteHome(home);
		System.exit(0);
	}

	/**
	 * Single node, loopback only, no security plugin, and no disk watermarks: a test machine's disk may
	 * be nearly full, and a node that then turned its indexes read-only would fail tests for nothing.
	 */
	private static Settings settings(Path home) {
		return Settings.builder()
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("cluster.name", "plaza-test")
			.put("node.name", "plaza-test")
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", "0")
			.put("transport.port", "0")
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.put("action.auto_create_index", false)
			.build();
	}

	/** Written to a temporary name and moved, so the launcher never reads half a number. */
	private static void writePort(Path home, int port) throws IOException {
		Path written = home.resolve("http.port.tmp");
		Files.writeString(written, Integer.toString(port));
		Files.move(written, home.resolve("http.port"), StandardCopyOption.ATOMIC_MOVE);
	}

	private static void awaitEndOfInput(InputStream in) throws IOException {
		while (in.read() >= 0) {
			// Nothing is ever sent; the launcher only closes the stream.
		}
	}

	private static void deleteHome(Path home) throws IOException {
		try (Stream<Path> files = Files.walk(home)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private static PluginInfo classpathPlugin(Class<? extends Plugin> plugin) {
		return new PluginInfo(plugin.getName(), "classpath module", "NA", Version.CURRENT, "21", plugin.getName(), null,
				List.of(), false);
	}
}
