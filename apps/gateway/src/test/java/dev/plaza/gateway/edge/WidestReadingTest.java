package dev.plaza.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WidestReadingTest {

	@ParameterizedTest
	@ValueSource(strings = { "/internal/v1/tenancy/tenants", "/internal;x/v1/tenancy/tenants", "/internal%3Bx/v1/tenancy/tenants",
			"/internal%2Fv1/tenancy/tenants", "/%69nternal/v1/tenancy/tenants", "/%2569nternal/v1/tenancy/tenants",
			"//internal/v1/tenancy/tenants", "/./internal/v1/tenancy/tenants", "/api/..;/internal/v1/tenancy/tenants",
			"/api/.;/../internal/v1/tenancy/tenants", "/api/%2E%2E/internal/v1/tenancy/tenants",
			"/api\\..\\internal/v1/tenancy/tenants", "/api%5C..%5Cinternal/v1/tenancy/tenants" })
	void everySpellingOfAnInternalPathReadsAsIt(String path) {
		assertThat(WidestReading.segments(path)).containsExactly("internal", "v1", "tenancy", "tenants");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/INTERNAL/v1", "/internals/v1", "/internal.json", "/api/v1/internal", "/internal%20/v1",
			"/inter%nal/v1", "/api/v1/ledger/accounts" })
	void pathsThatOnlyLookLikeItDoNot(String path) {
		assertThat(WidestReading.segments(path)).isNotEmpty().first().isNotEqualTo("internal");
	}
}
