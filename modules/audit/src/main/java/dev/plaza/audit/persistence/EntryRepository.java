package dev.plaza.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;

import dev.plaza.audit.domain.ActorKind;
import dev.plaza.audit.domain.EntryFilter;
import dev.plaza.audit.domain.ChainedEntry;
import dev.plaza.audit.domain.EntryContent;
import dev.plaza.audit.domain.Hash;
import dev.plaza.audit.domain.HashChain.Head;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenants' audit chains. Every statement names the chain's tenant: the platform operator's
 * transactions see every chain.
 */
@Repository
public class EntryRepository {

	/** The first key of the two-key advisory locks that order appends to one chain ("audt"). */
	private static final int CHAIN_LOCKS = 0x61756474;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> TEXT_BY_NAME = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			tenant_id, sequence, id, at, actor_kind, actor_id, action, method, path_template, resource_type, resource_id,
			status, address, request_id, details::text AS details, previous_hash, hash""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	EntryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Waits for the tenant's other appends to commit, then holds its chain until this transaction ends, so
	 * that concurrent transactions of one tenant chain in the order they commit.
	 */
	public void lockChain(TenantId tenant) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:locks, hashtext(:tenant))")
			.param("locks", CHAIN_LOCKS)
			.param("tenant", tenant.toString())
			.query((rs, row) -> row)
			.list();
	}

	/**
	 * As {@link #lockChain}, if this transaction has changed anything (PostgreSQL has given it a
	 * transaction id); answers whether it had, leaving the chain alone if not.
	 */
	public boolean lockChainIfChanged(TenantId tenant) {
		return jdbc.sql("""
				SELECT CASE WHEN pg_current_xact_id_if_assigned() IS NULL THEN false
				            ELSE (SELECT true FROM (SELECT pg_advisory_xact_lock(:locks, hashtext(:tenant))) AS locked) END""")
			.param("locks", CHAIN_LOCKS)
			.param("tenant", tenant.toString())
			.query(Boolean.class)
			.single();
	}

	public Head head(TenantId tenant) {
		return jdbc.sql("SELECT sequence, hash FROM audit.entries WHERE tenant_id = :tenant ORDER BY sequence DESC LIMIT 1")
			.param("tenant", tenant.value())
			.query((rs, row) -> new Head(rs.getLong("sequence"), Hash.of(rs.getBytes("hash"))))
			.optional()
			.orElse(Head.EMPTY);
	}

	/** Inserts the entries in one round trip: a group of calls committed together costs one batch. */
	public void insert(List<ChainedEntry> chained) {
		batches.batchUpdate("""
				INSERT INTO audit.entries (tenant_id, sequence, id, at, actor_kind, actor_id, action, method, path_template,
				    resource_type, resource_id, status, address, request_id, details, previous_hash, hash)
				VALUES (:tenant, :sequence, :id, :at, :actorKind, :actorId, :action, :method, :pathTemplate, :resourceType,
				    :resourceId, :status, :address, :requestId, CAST(:details AS jsonb), :previousHash, :hash)""",
				chained.stream().map(EntryRepository::row).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource row(ChainedEntry chained) {
		EntryContent entry = chained.content();
		return new MapSqlParameterSource().addValue("tenant", entry.tenant())
			.addValue("sequence", entry.sequence())
			.addValue("id", entry.id())
			.addValue("at", utc(entry.at()))
			.addValue("actorKind", entry.actorKind().code())
			.addValue("actorId", entry.actorId())
			.addValue("action", entry.action())
			.addValue("method", entry.method())
			.addValue("pathTemplate", entry.pathTemplate())
			.addValue("resourceType", entry.resourceType())
			.addValue("resourceId", entry.resourceId())
			.addValue("status", entry.status())
			.addValue("address", entry.address())
			.addValue("requestId", entry.requestId())
			.addValue("details", entry.details().isEmpty() ? null : JSON.writeValueAsString(entry.details()))
			.addValue("previousHash", chained.previousHash().bytes())
			.addValue("hash", chained.hash().bytes());
	}

	/** Up to {@code limit} entries matching the filter, newest first, numbered below {@code before}. */
	public List<ChainedEntry> newestFirst(TenantId tenant, EntryFilter filter, long before, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit.entries WHERE tenant_id = :tenant AND sequence < :before\n"
				+ FILTER + "\nORDER BY sequence DESC LIMIT :limit")
			.params(filterParams(tenant, filter))
			.param("before", before)
			.param("limit", limit)
			.query(EntryRepository::entry)
			.list();
	}

	/** Up to {@code limit} entries matching the filter, oldest first, numbered above {@code after}. */
	public List<ChainedEntry> oldestFirst(TenantId tenant, EntryFilter filter, long after, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit.entries WHERE tenant_id = :tenant AND sequence > :after\n"
				+ FILTER + "\nORDER BY sequence LIMIT :limit")
			.params(filterParams(tenant, filter))
			.param("after", after)
			.param("limit", limit)
			.query(EntryRepository::entry)
			.list();
	}

	private static final String FILTER = """
			 AND (CAST(:from AS timestamptz) IS NULL OR at >= :from)
			 AND (CAST(:to AS timestamptz) IS NULL OR at < :to)
			 AND (CAST(:actor AS text) IS NULL OR actor_id = :actor)
			 AND (CAST(:action AS text) IS NULL OR action = :action)
			 AND (CAST(:resourceType AS text) IS NULL OR resource_type = :resourceType)
			 AND (CAST(:resourceId AS text) IS NULL OR resource_id = :resourceId)""";

	private static Map<String, Object> filterParams(TenantId tenant, EntryFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("tenant", tenant.value());
		params.put("from", utc(filter.from()));
		params.put("to", utc(filter.to()));
		params.put("actor", filter.actor());
		params.put("action", filter.action());
		params.put("resourceType", filter.resourceType());
		params.put("resourceId", filter.resourceId());
		return params;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static ChainedEntry entry(ResultSet rs, int row) throws SQLException {
		EntryContent content = new EntryContent(rs.getObject("tenant_id", UUID.class), rs.getLong("sequence"),
				rs.getObject("id", UUID.class), rs.getObject("at", OffsetDateTime.class).toInstant(),
				ActorKind.ofCode(rs.getString("actor_kind")).orElseThrow(), rs.getString("actor_id"), rs.getString("action"),
				rs.getString("method"), rs.getString("path_template"), rs.getString("resource_type"),
				rs.getString("resource_id"), rs.getObject("status", Integer.class), rs.getString("address"),
				rs.getString("request_id"), details(rs.getString("details")));
		return new ChainedEntry(content, Hash.of(rs.getBytes("previous_hash")), Hash.of(rs.getBytes("hash")));
	}

	/**
	 * Details as written are text by name; anything else was not written by Plaza, and is kept whole under
	 * one name so that verification reports the entry rather than failing to read it.
	 */
	private static SortedMap<String, String> details(String json) {
		if (json == null) {
			return EntryContent.detailsOf(null);
		}
		try {
			return EntryContent.detailsOf(JSON.readValue(json, TEXT_BY_NAME));
		}
		catch (JacksonException unreadable) {
			return EntryContent.detailsOf(Map.of("", json));
		}
	}
}
