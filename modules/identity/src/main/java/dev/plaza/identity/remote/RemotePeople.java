package dev.plaza.identity.remote;

import dev.plaza.identity.Invitations;
import dev.plaza.platform.ServiceClients;
import dev.plaza.platform.ServicesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link Invitations} for a service app that does not hold people (their tables are in
 * identity-service's database): import this and set {@code plaza.services.identity-url}; owners are
 * then invited, and e-mailed, by identity-service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("plaza.services.identity-url")
public class RemotePeople {

	@Bean
	Invitations invitations(ServiceClients clients, ServicesProperties services) {
		return new RemoteInvitations(clients.client("identity", services.identityUrl(), InvitationsApi.class));
	}
}
