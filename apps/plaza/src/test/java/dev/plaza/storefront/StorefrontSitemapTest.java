package dev.plaza.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.plaza.support.PlazaClient;
import dev.plaza.support.PlazaClient.Response;
import dev.plaza.support.PlazaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A crawler finds the sitemap through robots.txt and reaches every page of the storefront from it. */
@PlazaTest
class StorefrontSitemapTest {

	static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	PlazaClient plaza;

	@Test
	void robotsTxtAllowsAllAndNamesTheSitemap() {
		StorefrontFixture store = new StorefrontFixture(plaza);

		Response robots = store.visit("/robots.txt");

		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.header("Content-Type")).startsWith("text/plain");
		assertThat(robots.text()).contains("User-agent: *", "Allow: /", "Sitemap: " + store.url("/sitemap.xml"));
	}

	@Test
	void theSitemapListsEveryCityAndMoviePageWithAbsoluteUrlsThatAnswer() throws Exception {
		StorefrontFixture store = new StorefrontFixture(plaza);

		Response sitemap = store.visit("/sitemap.xml");

		assertThat(sitemap.status()).isEqualTo(200);
		assertThat(sitemap.header("Content-Type")).startsWith("application/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element urlset = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(sitemap.text().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP_NAMESPACE);
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		NodeList locations = urlset.getElementsByTagNameNS(SITEMAP_NAMESPACE, "loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locations.getLength(); i++) {
			urls.add(locations.item(i).getTextContent());
		}
		assertThat(urls).containsExactly(store.url("/"), store.url(store.cityPath()), store.url(store.moviePath()));
		for (String url : urls) {
			URI page = URI.create(url);
			assertThat(page.isAbsolute()).isTrue();
			assertThat(page.getHost()).isEqualTo(store.domain);
			assertThat(plaza.getAt(page.getHost(), page.getRawPath(), null).status()).as(url).isEqualTo(200);
		}
	}
}
