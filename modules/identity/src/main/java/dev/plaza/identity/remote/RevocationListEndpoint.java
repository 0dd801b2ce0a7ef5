package dev.plaza.identity.remote;

import java.util.List;

import dev.plaza.identity.application.Revocation;
import dev.plaza.identity.persistence.RevocationRepository;
import org.springframework.web.bind.annotation.RestController;

/** Serves the revocation list to the services that check tokens themselves. */
@RestController
class RevocationListEndpoint implements RevocationListApi {

	private final RevocationRepository revocations;

	RevocationListEndpoint(RevocationRepository revocations) {
		this.revocations = revocations;
	}

	@Override
	public List<Revocation> revocations() {
		return revocations.current();
	}
}
