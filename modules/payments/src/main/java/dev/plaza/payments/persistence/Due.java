package dev.plaza.payments.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import dev.plaza.platform.TenantId;

/** A payment or refund the verification job should ask about, whose it is, and how often it was asked before. */
public record Due(TenantId tenant, UUID id, int questionsAsked) {

	static Due of(ResultSet rs, int row) throws SQLException {
		return new Due(new TenantId(rs.getObject("claimed_tenant", UUID.class)), rs.getObject("claimed_id", UUID.class),
				rs.getInt("questions_asked"));
	}
}
