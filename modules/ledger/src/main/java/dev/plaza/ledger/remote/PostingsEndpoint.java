package dev.plaza.ledger.remote;

import java.util.List;

import dev.plaza.ledger.LedgerAccount;
import dev.plaza.ledger.Posting;
import dev.plaza.ledger.Postings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** Serves the ledger's {@link Postings} to the other services, for the tenant their call names. */
@RestController
class PostingsEndpoint implements PostingsApi {

	private final Postings postings;

	PostingsEndpoint(Postings postings) {
		this.postings = postings;
	}

	@Override
	public void open(List<LedgerAccount> accounts) {
		postings.open(accounts);
	}

	@Override
	public void post(List<Posting> transfers) {
		postings.post(transfers);
	}

	/** The interface's own refusal, which its caller turns back into the exception it declares. */
	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail refused(IllegalStateException refusal) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage());
	}
}
