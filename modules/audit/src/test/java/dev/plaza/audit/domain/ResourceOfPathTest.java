package dev.plaza.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ResourceOfPathTest {

	@Test
	void theLastVariableAndTheCollectionBeforeItNameTheResource() {
		assertThat(ResourceOfPath.of("/api/v1/organizations/{orgId}/users/{userId}", Map.of("orgId", "o1", "userId", "u7")))
			.isEqualTo(new ResourceOfPath("user", "u7"));
	}

	@Test
	void anActionOnAResourceNamesTheResource() {
		assertThat(ResourceOfPath.of("/api/v1/webhooks/deliveries/{id}/redeliver", Map.of("id", "d1")))
			.isEqualTo(new ResourceOfPath("delivery", "d1"));
	}

	@Test
	void aPostToACollectionNamesANewMemberWithoutId() {
		assertThat(ResourceOfPath.of("/api/v1/orders/{id}/refunds", Map.of("id", "o1")))
			.isEqualTo(new ResourceOfPath("refund", null));
		assertThat(ResourceOfPath.of("/api/v1/ledger/transfers", Map.of())).isEqualTo(new ResourceOfPath("transfer", null));
	}

	@Test
	void singularsOfTheApisNouns() {
		assertThat(ResourceOfPath.singular("categories")).isEqualTo("category");
		assertThat(ResourceOfPath.singular("addresses")).isEqualTo("address");
		assertThat(ResourceOfPath.singular("status")).isEqualTo("status");
		assertThat(ResourceOfPath.singular("tenant")).isEqualTo("tenant");
	}

	@Test
	void noTemplateNoResource() {
		assertThat(ResourceOfPath.of(null, Map.of())).isEqualTo(ResourceOfPath.NONE);
	}
}
