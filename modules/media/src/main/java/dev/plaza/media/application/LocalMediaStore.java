package dev.plaza.media.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** Image files under one directory; a file appears whole or not at all (written aside, then moved). */
class LocalMediaStore implements MediaStore {

	private final Path root;

	LocalMediaStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void write(MediaKey key, byte[] bytes) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), ".partial-", null);
			Files.write(partial, bytes);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + key.path(), ex);
		}
	}

	@Override
	public Optional<Resource> read(MediaKey key) {
		Path file = resolve(key);
		return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
	}

	/** Keys come from validated ids and names; this is the last guard against leaving the root. */
	private Path resolve(MediaKey key) {
		Path file = root.resolve(key.path()).normalize();
		if (!file.startsWith(root)) {
			throw new IllegalArgumentException("Media key outside the store: " + key.path());
		}
		return file;
	}
}
