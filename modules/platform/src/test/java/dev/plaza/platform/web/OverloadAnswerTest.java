package dev.plaza.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/** Running out of database connections under load is the server's overload, answered so clients retry. */
class OverloadAnswerTest {

	@Test
	void noFreeDatabaseConnectionIs503WithRetryAfterNot500() {
		ResponseEntity<ProblemDetail> answer = new ApiExceptionHandler().handleOverload(new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms")));

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		assertThat(answer.getBody().getType().toString()).isEqualTo("https://plaza.dev/problems/overloaded");
		assertThat(answer.getBody().getDetail()).contains("Retry");
	}
}
