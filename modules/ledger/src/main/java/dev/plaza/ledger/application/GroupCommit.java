package dev.plaza.ledger.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.plaza.audit.CarriedCall;
import dev.plaza.ledger.domain.Transfer;
import dev.plaza.ledger.domain.TransferResult;
import dev.plaza.platform.TenantContext;
import dev.plaza.platform.TenantId;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Group commit. Each tenant has one lane: requests queue there, and a single writer takes
 * whatever has queued (up to a limit) and applies it in one database transaction, so that the
 * cost of a commit — an fsync — is shared by every request waiting for it, and an account that
 * every transfer touches is written once per group rather than once per transfer. Nothing waits
 * to fill a group: under light load a group is one request, with no added latency.
 */
@Component
@EnableConfigurationProperties(LedgerProperties.class)
public class GroupCommit implements DisposableBean {

	private final TransferProcessor processor;

	private final WriterConnections connections;

	private final int maxTransfers;

	private final int maxQueuedRequests;

	private final int maxQueuedTransfers;

	private final ConcurrentMap<TenantId, Lane> lanes = new ConcurrentHashMap<>();

	private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();

	GroupCommit(TransferProcessor processor, WriterConnections connections, LedgerProperties properties) {
		this.processor = processor;
		this.connections = connections;
		this.maxTransfers = properties.groupMaxTransfers();
		this.maxQueuedRequests = properties.maxQueuedRequests();
		this.maxQueuedTransfers = properties.maxQueuedTransfers();
	}

	/** Applies the transfers of the current tenant's request, together with whatever else is queued. */
	public List<TransferResult> submit(List<Transfer> transfers) {
		TenantId tenant = TenantContext.current().orElseThrow(() -> new IllegalStateException("No tenant bound"));
		Waiting waiting = new Waiting(transfers, CarriedCall.current(), new CompletableFuture<>());
		lanes.computeIfAbsent(tenant, Lane::new).enqueue(waiting);
		try {
			return waiting.results().join();
		}
		catch (CompletionException failed) {
			if (failed.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw failed;
		}
	}

	@Override
	public void destroy() {
		writers.close();
	}

	/** @param call the API call that asked, whose audit entry the group's transaction writes; {@code null} for none */
	private record Waiting(List<Transfer> transfers, CarriedCall call, CompletableFuture<List<TransferResult>> results) {
	}

	private final class Lane {

		private final TenantId tenant;

		private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean writing = new AtomicBoolean();

		private final Admission admission = new Admission(maxQueuedRequests, maxQueuedTransfers);

		Lane(TenantId tenant) {
			this.tenant = tenant;
		}

		void enqueue(Waiting waiting) {
			if (!admission.admit(waiting.transfers().size())) {
				throw LedgerProblems.overloaded(admission.queuedRequests());
			}
			queue.add(waiting);
			if (writing.compareAndSet(false, true)) {
				writers.execute(this::write);
			}
		}

		private void write() {
			while (true) {
				List<Waiting> group = takeGroup();
				if (group.isEmpty()) {
					writing.set(false);
					// A request may have queued after the last take but before the flag dropped.
					if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
						return;
					}
					continue;
				}
				apply(group);
			}
		}

		private List<Waiting> takeGroup() {
			List<Waiting> group = new ArrayList<>();
			int transfers = 0;
			Waiting next;
			while ((next = queue.peek()) != null && (group.isEmpty() || transfers + next.transfers().size() <= maxTransfers)) {
				group.add(queue.poll());
				transfers += next.transfers().size();
			}
			admission.taken(group.size(), transfers);
			return group;
		}

		private void apply(List<Waiting> group) {
			try {
				List<List<TransferResult>> results = TenantContext.callAs(tenant,
						() -> CarriedCall.carrying(group.stream().map(Waiting::call).toList(),
								() -> connections.run(() -> processor.apply(group.stream().map(Waiting::transfers).toList()))));
				for (int i = 0; i < group.size(); i++) {
					group.get(i).results().complete(results.get(i));
				}
			}
			catch (RuntimeException failure) {
				group.forEach(waiting -> waiting.results().completeExceptionally(failure));
			}
		}
	}
}
