package dev.plaza.identity.remote;

import java.util.List;

import dev.plaza.identity.application.Revocation;
import dev.plaza.platform.ServiceCalls;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The revocation list over HTTP: served by identity, read every second by the other services. */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/identity")
public interface RevocationListApi {

	/** Every entry not yet expired. */
	@GetExchange("/revocations")
	List<Revocation> revocations();
}
