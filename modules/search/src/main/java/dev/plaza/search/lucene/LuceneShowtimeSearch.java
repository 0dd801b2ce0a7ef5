package dev.plaza.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.plaza.platform.TenantId;
import dev.plaza.search.SearchResult;
import dev.plaza.search.ShowtimeQuery;
import dev.plaza.search.ShowtimeSearch;
import dev.plaza.venues.RoomId;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every tenant's showtimes in one Lucene index on local disk. Each write is committed before it
 * returns (the event it follows is then acknowledged, so it must not be lost in a crash) and
 * refreshes the one shared searcher, so searches see it at once.
 */
final class LuceneShowtimeSearch implements ShowtimeSearch, AutoCloseable {

	/** The document layout; an index written with another one is rebuilt from the catalog. */
	static final String LAYOUT = "2";

	private static final String LAYOUT_KEY = "plaza.search.layout";

	private static final String INCOMPLETE = "incomplete";

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final ShowtimeDocuments documents;

	private final FacetedSearch faceted;

	private volatile boolean needsRebuild;

	LuceneShowtimeSearch(Path path, JsonMapper json) throws IOException {
		Files.createDirectories(path);
		this.directory = FSDirectory.open(path);
		this.needsRebuild = !LAYOUT.equals(layoutOf(directory));
		FoldingAnalyzer analyzer = new FoldingAnalyzer();
		this.writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzer).setOpenMode(needsRebuild ? OpenMode.CREATE : OpenMode.APPEND));
		recordLayout();
		this.searchers = new SearcherManager(writer, new FacetedSearcher.Factory());
		this.documents = new ShowtimeDocuments(json);
		this.faceted = new FacetedSearch(new ShowtimeQueries(analyzer), documents);
	}

	@Override
	public void index(TenantId tenant, Collection<ShowtimeListing> listings) {
		if (listings.isEmpty()) {
			return;
		}
		long now = Instant.now().toEpochMilli();
		write(() -> {
			for (ShowtimeListing listing : listings) {
				writer.updateDocument(ShowtimeDocuments.key(tenant, listing.id()), documents.of(tenant, listing, now));
			}
		});
	}

	@Override
	public void remove(TenantId tenant, Collection<ShowtimeId> showtimes) {
		if (!showtimes.isEmpty()) {
			write(() -> writer.deleteDocuments(showtimes.stream().map(id -> ShowtimeDocuments.key(tenant, id))
				.toArray(Term[]::new)));
		}
	}

	@Override
	public void removeIndexedBefore(TenantId tenant, Instant instant) {
		write(() -> writer.deleteDocuments(ShowtimeQueries.indexedBefore(tenant, instant.toEpochMilli())));
	}

	@Override
	public SearchResult search(TenantId tenant, ShowtimeQuery query) {
		return read(searcher -> faceted.search(searcher, tenant, query));
	}

	@Override
	public List<ShowtimeId> showtimesInRoom(TenantId tenant, RoomId room) {
		return read(searcher -> {
			Query inRoom = ShowtimeQueries.inRoom(tenant, room.toString());
			StoredFields stored = searcher.storedFields();
			List<ShowtimeId> showtimes = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(inRoom, Math.max(1, searcher.count(inRoom))).scoreDocs) {
				showtimes.add(new ShowtimeId(UUID.fromString(
						stored.document(hit.doc, Set.of(ShowtimeDocuments.ID)).get(ShowtimeDocuments.ID))));
			}
			return showtimes;
		});
	}

	/** Searches see what changed since the last write, such as segments merged since. */
	void refresh() {
		try {
			searchers.maybeRefresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean needsRebuild() {
		return needsRebuild;
	}

	@Override
	public void rebuilt() {
		needsRebuild = false;
		write(this::recordLayout);
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

	/** The layout of the last commit; an unfinished rebuild is recorded as none. */
	private static String layoutOf(Directory directory) throws IOException {
		return DirectoryReader.indexExists(directory)
				? SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY)
				: null;
	}

	private void recordLayout() {
		writer.setLiveCommitData(Map.of(LAYOUT_KEY, needsRebuild ? INCOMPLETE : LAYOUT).entrySet());
	}

	private void write(IndexWork work) {
		try {
			work.run();
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private <T> T read(SearcherWork<T> work) {
		try {
			FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface IndexWork {

		void run() throws IOException;
	}

	@FunctionalInterface
	private interface SearcherWork<T> {

		T apply(FacetedSearcher searcher) throws IOException;
	}
}
