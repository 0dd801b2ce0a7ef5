package dev.plaza.ledger.remote;

import java.util.List;

import dev.plaza.ledger.LedgerAccount;
import dev.plaza.ledger.Posting;
import dev.plaza.platform.ServiceCalls;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * {@link dev.plaza.ledger.Postings} over HTTP: served by {@link PostingsEndpoint}, called by
 * {@link RemotePostings}. Both writes are {@code PUT}s: the ids are the caller's, so sending one
 * again changes nothing, and a lost answer may be retried. A refused chain is a 409.
 */
@HttpExchange(ServiceCalls.PATH_PREFIX + "/ledger")
interface PostingsApi {

	@PutExchange("/accounts")
	void open(@RequestBody List<LedgerAccount> accounts);

	@PutExchange("/transfers")
	void post(@RequestBody List<Posting> transfers);
}
