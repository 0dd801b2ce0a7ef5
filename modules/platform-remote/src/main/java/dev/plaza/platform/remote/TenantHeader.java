package dev.plaza.platform.remote;

import java.io.IOException;

import dev.plaza.platform.ServiceCalls;
import dev.plaza.platform.TenantContext;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Names the caller's tenant, so the service called answers from that tenant's data only. */
final class TenantHeader implements ClientHttpRequestInterceptor {

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		TenantContext.current().ifPresent(tenant -> request.getHeaders().set(ServiceCalls.TENANT_HEADER, tenant.toString()));
		return execution.execute(request, body);
	}
}
