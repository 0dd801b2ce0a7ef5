package dev.plaza.ledger.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The group-commit writers' own connections: a tiny pool made from the application pool's settings.
 * Requests wait for their group while holding nothing, but many more of them than the shared pool has
 * connections queue for it before they do; a writer queued behind them would leave every one of them
 * waiting for a group that cannot start. A writer takes one of these instead and binds it as the shared
 * pool's connection for its transaction, so the repositories, the audit trail and the event registry
 * all write through it, in the writer's one transaction.
 */
@Component
class WriterConnections implements DisposableBean {

	/** Where the transaction manager looks for its connection; {@code null} leaves writers on the shared pool. */
	private final DataSource shared;

	private final HikariDataSource own;

	WriterConnections(PlatformTransactionManager transactionManager, LedgerProperties properties) {
		this.shared = transactionManager instanceof DataSourceTransactionManager jdbc ? jdbc.getDataSource() : null;
		this.own = shared instanceof HikariDataSource pool ? poolLike(pool, properties.writerConnections()) : null;
	}

	private static HikariDataSource poolLike(HikariDataSource shared, int size) {
		HikariConfig config = new HikariConfig();
		shared.copyStateTo(config);
		config.setPoolName("ledger-writers");
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(1);
		return new HikariDataSource(config);
	}

	/** Runs {@code work} (which opens its own transaction) on a connection no request can be waiting for. */
	<T> T run(Supplier<T> work) {
		if (own == null || TransactionSynchronizationManager.hasResource(shared)) {
			return work.get();
		}
		try (Connection connection = connection()) {
			TransactionSynchronizationManager.bindResource(shared, new ConnectionHolder(connection));
			try {
				return work.get();
			}
			finally {
				TransactionSynchronizationManager.unbindResource(shared);
			}
		}
		catch (SQLException closing) {
			throw new CannotGetJdbcConnectionException("Could not return a ledger writer's connection", closing);
		}
	}

	private Connection connection() {
		try {
			return own.getConnection();
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("No ledger writer connection", ex);
		}
	}

	@Override
	public void destroy() {
		if (own != null) {
			own.close();
		}
	}
}
