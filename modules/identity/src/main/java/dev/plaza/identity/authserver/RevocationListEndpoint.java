package dev.plaza.identity.authserver;

import java.util.List;

import dev.plaza.identity.security.Revocation;
import dev.plaza.identity.security.RevocationListApi;
import org.springframework.web.bind.annotation.RestController;

/** Serves the revocation list to the services that check tokens themselves. */
@RestController
class RevocationListEndpoint implements RevocationListApi {

	private final Revocations revocations;

	RevocationListEndpoint(Revocations revocations) {
		this.revocations = revocations;
	}

	@Override
	public List<Revocation> revocations() {
		return revocations.current();
	}
}
