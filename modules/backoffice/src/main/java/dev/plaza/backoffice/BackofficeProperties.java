package dev.plaza.backoffice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Back office settings.
 *
 * @param port when set ({@code PLAZA_ADMIN_PORT}), {@code /admin} is served on this port only and the
 * customer port answers 404 for it; when unset, {@code /admin} is served on the main port
 * @param plazaUrl where the back office reaches Plaza's API and authorization server (token
 * endpoint, keys); when empty, this process's own main port on loopback
 * @param loginUrl where a browser is sent to log in (Plaza's public address); when empty, {@code plazaUrl}
 * @param clientId the client id the back office logs people in as (registered by identity at start)
 * @param pageSize rows per page in every list
 */
@ConfigurationProperties("plaza.backoffice")
public record BackofficeProperties(Integer port, @DefaultValue("") String plazaUrl, @DefaultValue("") String loginUrl,
		@DefaultValue("plaza-backoffice") String clientId, @DefaultValue("25") int pageSize) {
}
