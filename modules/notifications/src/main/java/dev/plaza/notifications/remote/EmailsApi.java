package dev.plaza.notifications.remote;

import java.util.UUID;

import dev.plaza.notifications.EmailId;
import dev.plaza.notifications.EmailMessage;
import dev.plaza.notifications.EmailStatus;
import dev.plaza.platform.ServiceCalls;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * {@link dev.plaza.notifications.Emails} over HTTP: served by {@link EmailsEndpoint}, called by
 * {@link RemoteEmails}. Sending again with the same dedup key records nothing new, so a lost answer
 * may be retried.
 */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/notifications")
interface EmailsApi {

	@PostExchange("/emails")
	EmailId send(@RequestBody EmailMessage message);

	/** No body when the tenant has no such message. */
	@GetExchange("/emails/{id}")
	EmailStatus status(@PathVariable UUID id);
}
