package dev.plaza.search.lucene;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the standalone search index lives.
 *
 * @param directory the Lucene index's directory, kept across restarts; deleting it makes Plaza
 * rebuild the index from the catalog at the next start
 */
@ConfigurationProperties("plaza.search")
record SearchProperties(@DefaultValue("var/search") Path directory) {
}
