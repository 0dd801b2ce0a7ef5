package dev.plaza.platform.database;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		return new TenantAwareTransactionManager(dataSource);
	}

	@Bean
	FlywayMigrationStrategy moduleMigrations(DatabaseProperties properties) {
		return new ModuleMigrations(properties.modules());
	}
}
