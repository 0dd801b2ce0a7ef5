package dev.plaza.notifications.remote;

import dev.plaza.notifications.Emails;
import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link Emails} for a service app that does not hold notifications: import this and set
 * {@code plaza.services.commerce-url}; e-mail is then sent through commerce-service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("plaza.services.commerce-url")
public class RemoteNotifications {

	@Bean
	Emails emails(ServiceClients clients, ServicesProperties services) {
		return new RemoteEmails(clients.client("commerce", services.commerceUrl(), EmailsApi.class));
	}
}
