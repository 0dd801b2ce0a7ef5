package dev.plaza.storefront.web;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import dev.plaza.storefront.application.PageModels;
import dev.plaza.tenancy.Tenant;
import dev.plaza.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Finds the storefront a request is for: by a {@code /t/{tenantId}} path prefix, else by its host. */
@Component
class Sites {

	private static final Pattern PREFIX = Pattern.compile("^/t/([0-9a-fA-F-]{36})(/.*)?$");

	/** Where the platform's own pages live, on any host no tenant is served at: the loans marketplace. */
	static final String MARKETPLACE = "/marketplace";

	private final TenantDirectory directory;

	private final PageModels models;

	Sites(TenantDirectory directory, PageModels models) {
		this.directory = directory;
		this.models = models;
	}

	Optional<Site> of(HttpServletRequest request) {
		Matcher prefixed = PREFIX.matcher(request.getRequestURI());
		if (prefixed.matches()) {
			String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).toUriString();
			return tenant(prefixed.group(1)).flatMap(tenant -> site(tenant, origin, "/t/" + tenant));
		}
		String host = request.getHeader("Host");
		if (isMarketplace(request.getRequestURI())) {
			String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).toUriString();
			return directory.servedAt(host).isPresent() ? Optional.empty()
					: Optional.of(new Site(TenantId.PLATFORM, "Plaza loans marketplace", origin, MARKETPLACE));
		}
		return directory.servedAt(host).flatMap(tenant -> site(tenant, "https://" + hostName(host), ""));
	}

	private static boolean isMarketplace(String path) {
		return path.equals(MARKETPLACE) || path.startsWith(MARKETPLACE + "/");
	}

	private Optional<Site> site(TenantId tenant, String origin, String base) {
		return models.get(tenant, "tenant", () -> TenantContext.callAs(tenant, () -> directory.find(tenant)))
			.map(Tenant::organizationName)
			.map(name -> new Site(tenant, name, origin, base));
	}

	private static Optional<TenantId> tenant(String id) {
		try {
			TenantId tenant = new TenantId(UUID.fromString(id));
			return tenant.isPlatform() ? Optional.empty() : Optional.of(tenant);
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/** The host without its port: the domain is mapped, and served over TLS at the edge, without one. */
	private static String hostName(String host) {
		int port = host.lastIndexOf(':');
		return (port < 0 ? host : host.substring(0, port)).toLowerCase();
	}
}
