package dev.plaza.search.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.platform.ProblemType;
import dev.plaza.search.jobs.IndexRebuild;
import dev.plaza.search.jobs.SearchIndexRebuild;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator rebuilds the whole search index from the catalog, whichever engine holds it:
 * after restoring a backup, moving to a new cluster, or when searches disagree with the catalog.
 */
@RestController
@RequestMapping(SearchIndexController.PATH)
@PreAuthorize("hasAuthority('SCOPE_platform:admin')")
class SearchIndexController {

	static final String PATH = "/api/v1/search/index";

	private final SearchIndexRebuild rebuild;

	SearchIndexController(SearchIndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	/** 202 at once; the Location follows the rebuild until it completed or failed. 409 while one runs. */
	@PostMapping("/rebuild")
	@ApiResponse(responseCode = "202")
	ResponseEntity<IndexRebuild> rebuild() {
		IndexRebuild started = rebuild.start();
		return ResponseEntity.accepted().location(URI.create(IndexRebuild.path(started.id()))).body(started);
	}

	@GetMapping("/rebuilds/{id}")
	IndexRebuild rebuild(@PathVariable String id) {
		UUID rebuildId = parsed(id);
		return rebuild.rebuild(rebuildId).orElseThrow(() -> new Problem(ProblemType.NOT_FOUND, "No rebuild " + id
				+ " is known here: use the Location a rebuild request answered; a restart forgets earlier rebuilds."));
	}

	private static UUID parsed(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new Problem(ProblemType.INVALID_PARAMETER,
					"Parameter 'id' must be a rebuild id as a UUID, as in the Location a rebuild request answered.",
					Map.of("parameter", "id"));
		}
	}
}
