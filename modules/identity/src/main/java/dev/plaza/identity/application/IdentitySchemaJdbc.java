package dev.plaza.identity.application;

import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;

/**
 * Spring Authorization Server's JDBC stores name their tables without a schema; Plaza keeps every
 * module's tables in the module's schema, so their statements are pointed at {@code identity.}.
 */
final class IdentitySchemaJdbc extends JdbcTemplate {

	private static final Pattern TABLE = Pattern.compile("\\b(oauth2_authorization(?:_consent)?)\\b(?![.(])");

	IdentitySchemaJdbc(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	public int update(String sql, PreparedStatementSetter statement) {
		return super.update(qualified(sql), statement);
	}

	@Override
	public <T> List<T> query(String sql, PreparedStatementSetter statement, RowMapper<T> rows) {
		return super.query(qualified(sql), statement, rows);
	}

	static String qualified(String sql) {
		return TABLE.matcher(sql).replaceAll("identity.$1");
	}
}
