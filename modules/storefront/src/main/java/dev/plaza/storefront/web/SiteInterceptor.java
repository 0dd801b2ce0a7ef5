package dev.plaza.storefront.web;

import dev.plaza.platform.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Binds a storefront page request to the tenant of its site for exactly the request's extent, and
 * answers the not-found page when no storefront is served there. Other handlers are left alone.
 */
class SiteInterceptor implements HandlerInterceptor {

	private static final String SCOPE = SiteInterceptor.class.getName() + ".scope";

	private final Sites sites;

	SiteInterceptor(Sites sites) {
		this.sites = sites;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!isPage(handler)) {
			return true;
		}
		Site site = sites.of(request).orElseThrow(PageNotFound::new);
		request.setAttribute(Site.ATTRIBUTE, site);
		request.setAttribute(SCOPE, TenantContext.open(site.tenant()));
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (request.getAttribute(SCOPE) instanceof TenantContext.Scope scope) {
			request.removeAttribute(SCOPE);
			scope.close();
		}
	}

	private static boolean isPage(Object handler) {
		return handler instanceof HandlerMethod method
				&& method.getBeanType().getPackageName().equals(SiteInterceptor.class.getPackageName());
	}
}
