package dev.plaza.platform.database;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The standalone default: Plaza starts its own PostgreSQL and connects to it twice, as the schema
 * owner for migrations and as the application role for everything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "plaza.database.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(DatabaseProperties properties) throws IOException, SQLException {
		return new EmbeddedPostgresServer(properties.embedded(), properties.appRole());
	}

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server, DatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(properties.appRole());
		return dataSource;
	}

	@Bean
	@FlywayDataSource
	DataSource migrationDataSource(EmbeddedPostgresServer server) {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl(), EmbeddedPostgresServer.OWNER_ROLE, "");
	}
}
