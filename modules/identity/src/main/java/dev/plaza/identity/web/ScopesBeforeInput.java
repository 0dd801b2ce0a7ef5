package dev.plaza.identity.web;

import java.lang.reflect.Method;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks an endpoint's {@code @PreAuthorize} scopes before its input is read. Method security alone
 * runs when the method is invoked, after the path, query and body were bound and validated: a caller
 * without the scope would learn from a 400 what a valid request looks like, and an analyst's write
 * would be refused for its body rather than for being a write. Every expression in Plaza names scopes
 * only, never arguments, so it can be judged before there are any; method security still runs at
 * invocation.
 */
@Configuration(proxyBeanMethods = false)
class ScopesBeforeInput implements WebMvcConfigurer {

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	ScopesBeforeInput(ApplicationContext context) {
		rules.setApplicationContext(context);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method && guarded(method)) {
					requireScopes(method);
				}
				return true;
			}
		}).addPathPatterns("/api/**");
	}

	private static boolean guarded(HandlerMethod handler) {
		return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
	}

	private void requireScopes(HandlerMethod handler) {
		Method method = handler.getMethod();
		Supplier<Authentication> caller = () -> SecurityContextHolder.getContext().getAuthentication();
		Object[] noArguments = new Object[method.getParameterCount()];
		AuthorizationResult result = rules.authorize(caller, new SimpleMethodInvocation(handler.getBean(), method, noArguments));
		if (result != null && !result.isGranted()) {
			throw new AccessDeniedException("Access Denied");
		}
	}
}
