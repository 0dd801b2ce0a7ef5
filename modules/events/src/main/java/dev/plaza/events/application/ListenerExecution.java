package dev.plaza.events.application;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where in-process asynchronous event listeners ({@code @ApplicationModuleListener}) and other
 * {@code @Async} work run: at most {@code plaza.events.listener-concurrency} at once, the rest queued
 * in order. Unbounded, a burst of events (each repayment's webhooks, each group commit's transfers)
 * started a listener per event, and together they took every pooled connection from the requests
 * that publish them. Nothing is refused: an event whose listener cannot run now runs when one of the
 * running ones finishes, and one still queued at shutdown stays incomplete in the publication
 * registry, republished on the next start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class ListenerExecution implements AsyncConfigurer, DisposableBean {

	private final ThreadPoolTaskExecutor listeners = new ThreadPoolTaskExecutor();

	ListenerExecution(EventsProperties properties) {
		listeners.setCorePoolSize(properties.listenerConcurrency());
		listeners.setMaxPoolSize(properties.listenerConcurrency());
		listeners.setThreadNamePrefix("listener-");
		listeners.setVirtualThreads(true);
		listeners.initialize();
	}

	@Override
	public Executor getAsyncExecutor() {
		return listeners;
	}

	@Override
	public void destroy() {
		listeners.destroy();
	}
}
