package dev.plaza.storefront.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plaza.platform.TenantId;
import dev.plaza.storefront.application.PageModels;
import dev.plaza.storefront.application.StorefrontProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Pages as rendered, for as long as a browser or CDN may keep them anyway ({@code maxAge}): a city
 * page lists every showtime of the coming week, and rendering it costs far more than sending it.
 * A catalog change starts a new generation ({@link PageModels}), so it shows at once.
 */
@Component
class RenderedPages {

	private final PageModels models;

	private final Cache<Key, ResponseEntity<byte[]>> pages;

	RenderedPages(PageModels models, StorefrontProperties properties) {
		this.models = models;
		this.pages = Caffeine.newBuilder().expireAfterWrite(properties.maxAge()).maximumSize(10_000).build();
	}

	/**
	 * The page at this path of the site, rendered on a miss and kept encoded, so that a hit only
	 * copies bytes; a page that is not found is not kept.
	 */
	ResponseEntity<byte[]> get(Site site, String path, Supplier<ResponseEntity<String>> render) {
		return pages.get(new Key(site.tenant(), models.generation(site.tenant()), site.url(path)), key -> {
			ResponseEntity<String> page = render.get();
			return new ResponseEntity<>(page.getBody().getBytes(StandardCharsets.UTF_8), page.getHeaders(),
					page.getStatusCode());
		});
	}

	private record Key(TenantId tenant, long generation, String url) {
	}
}
