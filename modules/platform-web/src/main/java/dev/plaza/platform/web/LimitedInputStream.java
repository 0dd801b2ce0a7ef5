package dev.plaza.platform.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** Counts what is read and fails once more than the limit has arrived. */
final class LimitedInputStream extends ServletInputStream {

	private final ServletInputStream delegate;

	private final long limit;

	private long read;

	LimitedInputStream(ServletInputStream delegate, long limit) {
		this.delegate = delegate;
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int b = delegate.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = delegate.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	private void count(int n) throws BodyTooLargeException {
		read += n;
		if (read > limit) {
			throw new BodyTooLargeException(limit);
		}
	}

	@Override
	public boolean isFinished() {
		return delegate.isFinished();
	}

	@Override
	public boolean isReady() {
		return delegate.isReady();
	}

	@Override
	public void setReadListener(ReadListener listener) {
		delegate.setReadListener(listener);
	}
}
