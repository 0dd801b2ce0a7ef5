package dev.plaza.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.search.SearchResult;
import dev.plaza.search.ShowtimeQuery;
import dev.plaza.search.ShowtimeSearch;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every tenant's showtimes in one OpenSearch index (see {@link ShowtimeIndex} for why one). Each
 * write refreshes the index before it returns, so searches see it at once, as with the Lucene
 * adapter; OpenSearch has made it durable in its translog by then.
 */
final class OpenSearchShowtimeSearch implements ShowtimeSearch, AutoCloseable {

	/** Room lookups read the ids in pages of this many. */
	private static final int ROOM_PAGE = 1000;

	@SuppressWarnings("unchecked")
	private static final Class<Map<String, Object>> SOURCE = (Class<Map<String, Object>>) (Class<?>) Map.class;

	private final OpenSearchTransport transport;

	private final OpenSearchClient client;

	private final ShowtimeIndex index;

	private final ShowtimeSources sources;

	private OpenSearchShowtimeSearch(OpenSearchTransport transport, ShowtimeIndex index, ShowtimeSources sources) {
		this.transport = transport;
		this.client = new OpenSearchClient(transport);
		this.index = index;
		this.sources = sources;
	}

	/** Connects and creates the index with its mappings if the cluster has none yet. */
	static OpenSearchShowtimeSearch connect(OpenSearchProperties properties, JsonMapper json) {
		OpenSearchTransport transport = transport(properties.url());
		OpenSearchShowtimeSearch search = new OpenSearchShowtimeSearch(transport,
				new ShowtimeIndex(new OpenSearchClient(transport), properties.index()), new ShowtimeSources(json));
		try {
			search.index.createIfMissing();
			return search;
		}
		catch (IOException | RuntimeException ex) {
			search.close();
			throw new IllegalStateException("Could not reach OpenSearch at " + properties.url()
					+ " to create the index " + search.index.name() + "; check plaza.search.opensearch.url", ex);
		}
	}

	@Override
	public void index(TenantId tenant, Collection<ShowtimeListing> listings) {
		if (listings.isEmpty()) {
			return;
		}
		long now = Instant.now().toEpochMilli();
		BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
		for (ShowtimeListing listing : listings) {
			bulk.operations(operation -> operation.index(write -> write.index(index.name())
				.id(ShowtimeSources.id(tenant, listing.id()))
				.routing(tenant.toString())
				.document(sources.of(tenant, listing, now))));
		}
		write(bulk);
	}

	@Override
	public void remove(TenantId tenant, Collection<ShowtimeId> showtimes) {
		if (showtimes.isEmpty()) {
			return;
		}
		BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
		for (ShowtimeId showtime : showtimes) {
			bulk.operations(operation -> operation.delete(delete -> delete.index(index.name())
				.id(ShowtimeSources.id(tenant, showtime))
				.routing(tenant.toString())));
		}
		write(bulk);
	}

	/** Documents rewritten while this runs are newer than the instant, so a conflict with one is no reason to stop. */
	@Override
	public void removeIndexedBefore(TenantId tenant, Instant instant) {
		call(() -> client.deleteByQuery(delete -> delete.index(index.name())
			.routing(tenant.toString())
			.conflicts(Conflicts.Proceed)
			.refresh(Refresh.True)
			.query(query -> query.bool(bool -> bool.filter(ofTenant(tenant))
				.filter(Query.of(q -> q.range(range -> range.field(ShowtimeIndex.INDEXED_AT)
					.lt(JsonData.of(instant.toEpochMilli())))))))));
	}

	@Override
	public SearchResult search(TenantId tenant, ShowtimeQuery query) {
		return call(() -> {
			List<String> words = query.text().isPresent() ? words(query.text().get()) : List.of();
			SearchResponse<Map<String, Object>> response = client
				.search(FacetedQuery.request(index.name(), tenant, query, words), SOURCE);
			return FacetedQuery.result(response, query, sources);
		});
	}

	@Override
	public List<ShowtimeId> showtimesInRoom(TenantId tenant, RoomId room) {
		return call(() -> {
			List<ShowtimeId> showtimes = new ArrayList<>();
			List<FieldValue> after = List.of();
			List<Hit<Void>> page;
			do {
				List<FieldValue> from = after;
				page = client.search(search -> {
					search.index(index.name())
						.routing(tenant.toString())
						.size(ROOM_PAGE)
						.source(source -> source.fetch(false))
						.query(q -> q.bool(bool -> bool.filter(ofTenant(tenant))
							.filter(term(ShowtimeIndex.ROOM, room.toString()))))
						.docvalueFields(field -> field.field(ShowtimeIndex.ID))
						.sort(sort -> sort.field(field -> field.field(ShowtimeIndex.ID).order(SortOrder.Asc)));
					return from.isEmpty() ? search : search.searchAfter(from);
				}, Void.class).hits().hits();
				for (Hit<Void> hit : page) {
					showtimes.add(new ShowtimeId(UUID.fromString(hit.fields().get(ShowtimeIndex.ID).toJson().asJsonArray()
						.getString(0))));
				}
				after = page.isEmpty() ? after : page.getLast().sort();
			}
			while (page.size() == ROOM_PAGE);
			return showtimes;
		});
	}

	@Override
	public boolean needsRebuild() {
		return !call(index::rebuilt);
	}

	@Override
	public void rebuilt() {
		call(() -> {
			index.markRebuilt();
			return null;
		});
	}

	@Override
	public void close() {
		try {
			transport.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The words of a text as the index's analyzer splits and folds them, so they meet the indexed terms. */
	private List<String> words(String text) throws IOException {
		return client.indices().analyze(analyze -> analyze.index(index.name()).analyzer(ShowtimeIndex.ANALYZER).text(text))
			.tokens().stream().map(token -> token.token()).toList();
	}

	/** A write that failed in part fails whole: the event it follows is then delivered again. */
	private void write(BulkRequest.Builder bulk) {
		BulkResponse response = call(() -> client.bulk(bulk.build()));
		if (response.errors()) {
			String reasons = response.items().stream().filter(item -> item.error() != null).limit(3)
				.map(OpenSearchShowtimeSearch::reason).reduce((a, b) -> a + "; " + b).orElse("");
			throw new IllegalStateException("OpenSearch refused writes to " + index.name() + ": " + reasons);
		}
	}

	private static String reason(BulkResponseItem item) {
		return item.id() + ": " + item.error().type() + " " + item.error().reason();
	}

	private static Query ofTenant(TenantId tenant) {
		return term(ShowtimeIndex.TENANT, tenant.toString());
	}

	private static Query term(String field, String value) {
		return Query.of(q -> q.term(term -> term.field(field).value(FieldValue.of(value))));
	}

	private static OpenSearchTransport transport(URI url) {
		HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
		ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(host)
			.setMapper(new JacksonJsonpMapper());
		if (url.getUserInfo() != null) {
			String[] user = url.getRawUserInfo().split(":", 2);
			BasicCredentialsProvider credentials = new BasicCredentialsProvider();
			credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(decoded(user[0]),
					(user.length > 1 ? decoded(user[1]) : "").toCharArray()));
			builder.setHttpClientConfigCallback(client -> client.setDefaultCredentialsProvider(credentials));
		}
		return builder.build();
	}

	private static String decoded(String part) {
		return URLDecoder.decode(part, StandardCharsets.UTF_8);
	}

	private static <T> T call(OpenSearchCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface OpenSearchCall<T> {

		T run() throws IOException;
	}
}
