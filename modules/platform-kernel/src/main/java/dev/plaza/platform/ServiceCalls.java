package dev.plaza.platform;

/**
 * What a call between Plaza's services carries besides its body: the access token of the
 * {@code plaza-services} client, whose scope lets it act for any tenant, and the tenant it acts for.
 */
public final class ServiceCalls {

	/** The tenant the call is made for; absent when the caller has none bound (such as a storefront lookup by host). */
	public static final String TENANT_HEADER = "Plaza-Tenant";

	/** The scope only the {@code plaza-services} client gets, which the internal endpoints require. */
	public static final String SCOPE = "platform:service";

	/** The client the services authenticate as. */
	public static final String CLIENT_ID = "plaza-services";

	/** Where the modules serve their published interfaces to other services; the gateway routes none of it. */
	public static final String PATH_PREFIX = "/internal/v1";

	private ServiceCalls() {
	}
}
