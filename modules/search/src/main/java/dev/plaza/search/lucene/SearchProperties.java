package dev.plaza.search.lucene;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the standalone search index lives, and how often merged segments are looked for.
 *
 * @param directory the Lucene index's directory, kept across restarts; deleting it makes Plaza
 * rebuild the index from the catalog at the next start
 * @param refreshInterval how often the searcher picks up segments merged in the background
 */
@ConfigurationProperties("plaza.search")
record SearchProperties(@DefaultValue("var/search") Path directory, @DefaultValue("1s") Duration refreshInterval) {
}
