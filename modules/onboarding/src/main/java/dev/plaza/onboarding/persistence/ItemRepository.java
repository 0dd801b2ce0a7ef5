package dev.plaza.onboarding.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.plaza.onboarding.domain.Business;
import dev.plaza.onboarding.domain.ItemState;
import dev.plaza.onboarding.domain.Reason;
import dev.plaza.onboarding.domain.Row;
import dev.plaza.platform.Ids;
import dev.plaza.platform.TenantId;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jobs' items. Rows arrive and leave set-wise: a batch of rows in one insert, a claimed chunk in one
 * update, each chunk's outcomes in another. Row-level security shows a tenant its own; the workers,
 * in the platform scope, see every tenant's.
 */
@Repository
public class ItemRepository {

	private static final String COLUMNS = "id, tenant_id, job_id, row_number, legal_name, tax_id, country, contact_email, "
			+ "contact_name, iban, address, external_reference, state, reasons, attempts, organization_id, note, settled_at";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ItemRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Adds the rows as received items of the job, in one statement. */
	public void add(TenantId tenant, UUID job, List<Row> rows) {
		int n = rows.size();
		Object[] ids = new Object[n];
		Object[] lines = new Object[n];
		String[][] fields = new String[8][n];
		for (int i = 0; i < n; i++) {
			Business business = rows.get(i).business();
			ids[i] = Ids.newId();
			lines[i] = rows.get(i).line();
			fields[0][i] = business.legalName();
			fields[1][i] = business.taxId();
			fields[2][i] = business.country();
			fields[3][i] = business.contactEmail();
			fields[4][i] = business.contactName();
			fields[5][i] = business.iban();
			fields[6][i] = business.address();
			fields[7][i] = business.externalReference().orElse(null);
		}
		template.execute((ConnectionCallback<Integer>) connection -> {
			try (var insert = connection.prepareStatement("""
					INSERT INTO onboarding.items (tenant_id, job_id, id, row_number, legal_name, tax_id, country, contact_email,
					    contact_name, iban, address, external_reference)
					SELECT ?, ?, * FROM unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
					    ?::text[], ?::text[], ?::text[])""")) {
				insert.setObject(1, tenant.value());
				insert.setObject(2, job);
				insert.setArray(3, connection.createArrayOf("uuid", ids));
				insert.setArray(4, connection.createArrayOf("int4", lines));
				for (int f = 0; f < fields.length; f++) {
					insert.setArray(5 + f, connection.createArrayOf("text", fields[f]));
				}
				return insert.executeUpdate();
			}
		});
	}

	/**
	 * Claims up to {@code max} due items of running jobs in one of the states for the owner until the
	 * lease ends, skipping items other workers hold or are claiming.
	 */
	public List<StoredItem> claim(Collection<ItemState> states, int max, UUID owner, Duration lease) {
		return jdbc.sql("""
				UPDATE onboarding.items i SET claimed_by = :owner, claimed_until = now() + make_interval(secs => :lease)
				FROM (SELECT x.id FROM onboarding.items x JOIN onboarding.jobs j ON j.id = x.job_id AND j.status = 'running'
				          AND (j.mode = 'onboard' OR x.state = 'received')
				      WHERE x.state IN (:states) AND x.next_attempt_at <= now()
				        AND (x.claimed_until IS NULL OR x.claimed_until <= now())
				      ORDER BY x.next_attempt_at LIMIT :max
				      FOR UPDATE OF x SKIP LOCKED) due
				WHERE i.id = due.id
				RETURNING """ + " " + prefixed("i."))
			.param("owner", owner)
			.param("lease", lease.toMillis() / 1000.0)
			.param("states", states.stream().map(ItemState::code).toList())
			.param("max", max)
			.query(ItemRepository::map)
			.list();
	}

	/** Writes the outcomes of the owner's claimed items and releases them; an item it no longer holds is left alone. */
	public void write(UUID owner, List<Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return;
		}
		int n = outcomes.size();
		Object[] ids = new Object[n];
		String[] states = new String[n];
		String[] reasons = new String[n];
		Object[] attempts = new Object[n];
		Timestamp[] due = new Timestamp[n];
		Object[] organizations = new Object[n];
		String[] notes = new String[n];
		for (int i = 0; i < n; i++) {
			Outcome outcome = outcomes.get(i);
			ids[i] = outcome.id();
			states[i] = outcome.item().state().code();
			reasons[i] = json(outcome.item().reasons());
			attempts[i] = outcome.item().attempts();
			due[i] = outcome.askAgainAt() == null ? null : Timestamp.from(outcome.askAgainAt());
			organizations[i] = outcome.organization();
			notes[i] = outcome.note();
		}
		template.execute((ConnectionCallback<Integer>) connection -> {
			try (var update = connection.prepareStatement("""
					UPDATE onboarding.items i
					SET state = o.state, reasons = o.reasons::jsonb, attempts = o.attempts,
					    next_attempt_at = coalesce(o.due, now()), organization_id = coalesce(o.organization, i.organization_id),
					    note = coalesce(o.note, i.note), claimed_by = NULL, claimed_until = NULL,
					    settled_at = CASE WHEN o.state IN ('invalid', 'rejected', 'failed', 'provisioned') OR o.state = 'validated'
					        AND EXISTS (SELECT 1 FROM onboarding.jobs j WHERE j.id = i.job_id AND j.mode = 'validate') THEN now() END
					FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::timestamptz[], ?::uuid[], ?::text[])
					     AS o (id, state, reasons, attempts, due, organization, note)
					WHERE i.id = o.id AND i.claimed_by = ?""")) {
				update.setArray(1, connection.createArrayOf("uuid", ids));
				update.setArray(2, connection.createArrayOf("text", states));
				update.setArray(3, connection.createArrayOf("text", reasons));
				update.setArray(4, connection.createArrayOf("int4", attempts));
				update.setArray(5, connection.createArrayOf("timestamptz", due));
				update.setArray(6, connection.createArrayOf("uuid", organizations));
				update.setArray(7, connection.createArrayOf("text", notes));
				update.setObject(8, owner);
				return update.executeUpdate();
			}
		});
	}

	/** Shows the owner's claimed validated items as being verified while the provider is asked. */
	public void markVerifying(UUID owner, List<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE onboarding.items SET state = 'verifying' WHERE id IN (:ids) AND claimed_by = :owner AND state = 'validated'")
			.param("ids", ids)
			.param("owner", owner)
			.update();
	}

	/** How many of the job's items are in each state; every state is present, 0 when none. */
	public Map<ItemState, Long> counts(UUID job) {
		Map<ItemState, Long> counts = new EnumMap<>(ItemState.class);
		for (ItemState state : ItemState.values()) {
			counts.put(state, 0L);
		}
		jdbc.sql("SELECT state, count(*) AS n FROM onboarding.items WHERE job_id = :job GROUP BY state")
			.param("job", job)
			.query(rs -> {
				counts.put(ItemState.fromCode(rs.getString("state")), rs.getLong("n"));
			});
		return counts;
	}

	/** How many of the job's items settled since then, for the rate progress is estimated from. */
	public long settledSince(UUID job, Instant since) {
		return jdbc.sql("SELECT count(*) FROM onboarding.items WHERE job_id = :job AND settled_at >= :since")
			.param("job", job)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

	/** The job's items after that row, in row order, of one state or all. */
	public List<StoredItem> page(UUID job, Optional<ItemState> state, int afterRow, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM onboarding.items WHERE job_id = :job AND row_number > :after "
				+ (state.isPresent() ? "AND state = :state " : "") + "ORDER BY row_number LIMIT :limit")
			.param("job", job)
			.param("after", afterRow)
			.param("state", state.map(ItemState::code).orElse(null))
			.param("limit", limit)
			.query(ItemRepository::map)
			.list();
	}

	/** Sends the job's dead-lettered items back to verification, due now; how many there were. */
	public int retryFailed(UUID job) {
		return jdbc.sql("""
				UPDATE onboarding.items SET state = 'verifying', next_attempt_at = now(), settled_at = NULL
				WHERE job_id = :job AND state = 'failed'""")
			.param("job", job)
			.update();
	}

	private static String prefixed(String alias) {
		return alias + COLUMNS.replace(", ", ", " + alias);
	}

	private static StoredItem map(ResultSet rs, int n) throws SQLException {
		Timestamp settled = rs.getTimestamp("settled_at");
		return new StoredItem(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
				rs.getObject("job_id", UUID.class), rs.getInt("row_number"),
				new Business(rs.getString("legal_name"), rs.getString("tax_id"), rs.getString("country"),
						rs.getString("contact_email"), rs.getString("contact_name"), rs.getString("iban"), rs.getString("address"),
						Optional.ofNullable(rs.getString("external_reference"))),
				ItemState.fromCode(rs.getString("state")), reasons(rs.getString("reasons")), rs.getInt("attempts"),
				rs.getObject("organization_id", UUID.class), rs.getString("note"), settled == null ? null : settled.toInstant());
	}

	private static List<Reason> reasons(String json) {
		return JSON.readValue(json, REASONS);
	}

	private static String json(List<Reason> reasons) {
		return JSON.writeValueAsString(reasons);
	}
}
