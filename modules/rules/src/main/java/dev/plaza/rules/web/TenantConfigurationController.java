package dev.plaza.rules.web;


import dev.plaza.platform.TenantContext;
import dev.plaza.rules.CountryConfiguration;
import dev.plaza.rules.application.ConfigurationView;
import dev.plaza.rules.application.ConfigurationView.TenantSetting;
import dev.plaza.rules.application.TenantConfigurations;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The caller's tenant's configuration: the country it follows, its own overrides (which may only
 * tighten the country's), and the configuration in force for it with both applied.
 */
@RestController
@RequestMapping("/api/v1/config/tenant")
class TenantConfigurationController {

	private final ConfigurationView view;

	private final TenantConfigurations tenants;

	private final JsonMapper json;

	TenantConfigurationController(ConfigurationView view, TenantConfigurations tenants, JsonMapper json) {
		this.view = view;
		this.tenants = tenants;
		this.json = json;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('SCOPE_tenant:read', 'SCOPE_config:write')")
	TenantConfigurationView get() {
		return current();
	}

	/**
	 * Replaces the tenant's country and overrides. 422 naming each override looser than the country allows,
	 * with the country's bound; or a country Plaza has no configuration for.
	 */
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_config:write')")
	TenantConfigurationView put(@RequestBody TenantConfigurationRequest request, Authentication caller) {
		JsonNode overrides = request.overrides() == null ? json.createObjectNode() : request.overrides();
		tenants.change(request.country(), overrides, caller.getName());
		return current();
	}

	private TenantConfigurationView current() {
		TenantSetting setting = view.setting();
		CountryConfiguration effective = view.tenant();
		return new TenantConfigurationView(TenantContext.current().map(Object::toString).orElse(null),
				setting.country().code(), effective.version(), json.readTree(setting.overridesJson()),
				ConfigurationDocumentView.of(effective));
	}

	/**
	 * @param country the country whose configuration the tenant follows (ISO 3166-1 alpha-2)
	 * @param overrides what the tenant sets tighter, as {@code tenant-overrides.schema.json} describes; none when left out
	 */
	record TenantConfigurationRequest(String country,
			@Schema(nullable = true, description = "limits, commerce, lending and ruleSets, each only tighter than the country's") JsonNode overrides) {
	}

	/**
	 * @param countryVersion the version of the country's document in force now
	 * @param effective the country's configuration with the overrides applied: what Plaza applies to the tenant
	 */
	record TenantConfigurationView(@Schema(nullable = true) String tenant, String country, int countryVersion,
			JsonNode overrides, ConfigurationDocumentView effective) {
	}
}
