package dev.plaza;

import dev.plaza.notifications.remote.RemoteNotifications;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * identity-service: organizations and tenants, tenants' API clients and the authorization server
 * that issues every token. The other services check tokens against its published keys and look
 * tenants up here. It e-mails people's invitations and password resets through commerce-service
 * ({@code plaza.services.commerce-url}), which holds notifications.
 */
@SpringBootApplication(scanBasePackages = { "dev.plaza.platform", "dev.plaza.events", "dev.plaza.audit", "dev.plaza.tenancy",
		"dev.plaza.identity" })
@Import(RemoteNotifications.class)
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Plaza identity-service", sharedModules = "platform")
public class IdentityService {

	public static void main(String[] args) {
		SpringApplication.run(IdentityService.class, args);
	}
}
