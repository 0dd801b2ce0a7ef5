package dev.plaza.platform.database;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionExecutionListener;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionExecutionListener> listeners) {
		TenantAwareTransactionManager manager = new TenantAwareTransactionManager(dataSource);
		manager.setTransactionExecutionListeners(listeners.orderedStream().toList());
		return manager;
	}

	@Bean
	FlywayMigrationStrategy moduleMigrations(DatabaseProperties properties) {
		return new ModuleMigrations(properties.modules());
	}
}
