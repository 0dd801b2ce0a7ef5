package dev.plaza.ledger.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.plaza.ledger.application.Accounts;
import dev.plaza.ledger.application.GroupCommit;
import dev.plaza.ledger.application.LedgerProblems;
import dev.plaza.ledger.persistence.Page;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import dev.plaza.ledger.AccountId;
import dev.plaza.ledger.domain.Transfer;
import dev.plaza.ledger.domain.TransferResult;
import dev.plaza.ledger.web.LedgerViews.AccountView;
import dev.plaza.ledger.web.LedgerViews.BalanceView;
import dev.plaza.ledger.web.LedgerViews.Outcome;
import dev.plaza.ledger.web.LedgerViews.PageView;
import dev.plaza.ledger.web.LedgerViews.TransferView;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/ledger")
class LedgerController {

	static final int MAX_BATCH = 8000;

	private final Accounts accounts;

	private final GroupCommit transfers;

	private final JsonMapper json;

	LedgerController(Accounts accounts, GroupCommit transfers, JsonMapper json) {
		this.accounts = accounts;
		this.transfers = transfers;
		this.json = json;
	}

	/** One account (an object) or many (an array), created idempotently by id. */
	@PostMapping(path = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_ledger:write')")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(oneOf = { AccountRequest.class,
			AccountRequest[].class })))
	@ApiResponse(responseCode = "201", description = "One account opened",
			content = @Content(schema = @Schema(implementation = AccountView.class)))
	@ApiResponse(responseCode = "200", description = "The account already existed (one), or the outcome per account (many)",
			content = @Content(schema = @Schema(oneOf = { AccountView.class, Outcome[].class })))
	ResponseEntity<?> openAccounts(@RequestBody JsonNode body) {
		if (!body.isObject() && !body.isArray()) {
			throw Problem.invalidFields(ProblemType.VALIDATION, "Send an account as a JSON object, or several in an array; got "
					+ body.getNodeType().name().toLowerCase(Locale.ROOT) + ".",
					List.of(new FieldError("", "must be an account object or an array of them")));
		}
		boolean many = body.isArray();
		List<AccountRequest> requests = read(body, many);
		checkBatchSize(requests.size(), "accounts");
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			requests.get(i).validate(many ? "[" + i + "]." : "", errors);
		}
		refuseIfInvalid(errors);
		List<Accounts.Opened> opened = accounts.open(requests.stream().map(AccountRequest::toAccount).toList());
		if (many) {
			return ResponseEntity.ok(opened.stream()
				.map(o -> new Outcome(o.account().account().id().value(), o.result().code()))
				.toList());
		}
		Accounts.Opened one = opened.getFirst();
		AccountView view = AccountView.of(one.account());
		return switch (one.result()) {
			case OK -> ResponseEntity.created(URI.create("/api/v1/ledger/accounts/" + view.id())).body(view);
			case EXISTS -> ResponseEntity.ok(view);
			case EXISTS_WITH_DIFFERENT_FIELDS -> throw new Problem(LedgerProblems.ACCOUNT_EXISTS_WITH_DIFFERENT_FIELDS,
					"Account " + view.id() + " already exists with another currency, code, flags or metadata. "
							+ "Use a new id for a new account.");
		};
	}

	@GetMapping("/accounts/{id}")
	@PreAuthorize("hasAuthority('SCOPE_ledger:read')")
	AccountView account(@PathVariable UUID id) {
		return AccountView.of(accounts.find(new AccountId(id)));
	}

	/** Up to 8,000 transfers; the answer gives each one's result, in request order. */
	@PostMapping(path = "/transfers", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('SCOPE_ledger:write')")
	List<Outcome> transfer(@RequestBody List<TransferRequest> batch) {
		checkBatchSize(batch.size(), "transfers");
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < batch.size(); i++) {
			if (batch.get(i) == null) {
				errors.add(new FieldError("[" + i + "]", "must be a transfer object"));
				continue;
			}
			batch.get(i).validate("[" + i + "].", errors);
		}
		refuseIfInvalid(errors);
		List<Transfer> requested = batch.stream().map(TransferRequest::toTransfer).toList();
		List<TransferResult> results = transfers.submit(requested);
		List<Outcome> outcomes = new ArrayList<>(results.size());
		for (int i = 0; i < results.size(); i++) {
			outcomes.add(new Outcome(requested.get(i).id().value(), results.get(i).code()));
		}
		return outcomes;
	}

	@GetMapping("/accounts/{id}/transfers")
	@PreAuthorize("hasAuthority('SCOPE_ledger:read')")
	PageView<TransferView> transfersOf(@PathVariable UUID id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		Page page = Page.of(from, to, cursor, limit);
		return PageView.of(accounts.transfersOf(new AccountId(id), page), page, TransferView::of,
				last -> Page.cursorAfter(last.timestamp(), last.transfer().id().value()));
	}

	@GetMapping("/accounts/{id}/balances")
	@PreAuthorize("hasAuthority('SCOPE_ledger:read')")
	@ApiResponse(responseCode = "200")
	@ApiResponse(responseCode = "409", description = "The account keeps no balance history (not opened with the history flag)")
	PageView<BalanceView> balancesOf(@PathVariable UUID id, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		Page page = Page.of(from, to, cursor, limit);
		return PageView.of(accounts.historyOf(new AccountId(id), page), page, BalanceView::of,
				last -> Page.cursorAfter(last.timestamp(), last.transfer().value()));
	}

	private List<AccountRequest> read(JsonNode body, boolean many) {
		try {
			return many ? json.convertValue(body, new TypeReference<List<AccountRequest>>() {
			}) : List.of(json.treeToValue(body, AccountRequest.class));
		}
		catch (JacksonException ex) {
			throw new HttpMessageNotReadableException(ex.getOriginalMessage(), ex, null);
		}
	}

	private static void checkBatchSize(int size, String what) {
		if (size == 0) {
			throw Problem.invalidFields(ProblemType.VALIDATION, "Send at least one of the " + what + ".",
					List.of(new FieldError("", "must not be empty")));
		}
		if (size > MAX_BATCH) {
			throw new Problem(LedgerProblems.BATCH_TOO_LARGE, "A batch holds at most " + MAX_BATCH + " " + what + "; this one has "
					+ size + ". Split it into several requests.");
		}
	}

	/** A batch may hold thousands of bad items: the detail names the first five. */
	private static void refuseIfInvalid(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw Problem.invalidFields(ProblemType.VALIDATION, errors, 5);
		}
	}
}
