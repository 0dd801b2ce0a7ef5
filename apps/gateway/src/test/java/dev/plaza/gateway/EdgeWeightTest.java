package dev.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14: the gateway answers with the platform's own web pieces (kernel and web), and so carries
 * none of what Plaza's services need besides: no database, no migrations, no Redis client, no
 * service-to-service calls.
 */
class EdgeWeightTest {

	@ParameterizedTest
	@ValueSource(strings = { "dev.plaza.platform.ProblemType", "dev.plaza.platform.web.ProblemResponses",
			"dev.plaza.platform.web.RequestBodyLimitFilter", "dev.plaza.platform.web.ProblemAuthenticationEntryPoint" })
	void theGatewayHasThePlatformsWebPieces(String type) {
		assertThat(present(type)).as(type).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.postgresql.Driver", "org.flywaydb.core.Flyway",
			"io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "io.lettuce.core.RedisClient",
			"io.github.resilience4j.circuitbreaker.CircuitBreaker", "dev.plaza.platform.idempotency.IdempotencyFilter",
			"dev.plaza.platform.ServiceClients", "dev.plaza.platform.TokenBuckets" })
	void theGatewayCarriesNothingOfTheServicesBackEnd(String type) {
		assertThat(present(type)).as(type).isFalse();
	}

	private static boolean present(String type) {
		try {
			Class.forName(type, false, EdgeWeightTest.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException absent) {
			return false;
		}
	}
}
