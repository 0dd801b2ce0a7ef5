package dev.plaza.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Confines every transaction to the tenant bound in {@link TenantContext}: the setting read by the
 * row-level security policies is set with transaction scope ({@code SET LOCAL} semantics), so it
 * ends with the transaction and never leaks to the next user of the pooled connection.
 */
class TenantAwareTransactionManager extends JdbcTransactionManager {

	TenantAwareTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		Optional<TenantId> tenant = TenantContext.current();
		if (tenant.isPresent()) {
			try (PreparedStatement set = connection.prepareStatement("SELECT set_config('plaza.tenant_id', ?, true)")) {
				set.setString(1, tenant.get().toString());
				set.execute();
			}
		}
	}
}
