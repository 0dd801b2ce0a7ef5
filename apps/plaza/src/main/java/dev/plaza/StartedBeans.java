package dev.plaza;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Servers an initializer starts before the context refreshes (the bundled card processor, the dev
 * mailbox), handed to the context as beans it closes: when Plaza stops, and also when its start fails
 * half-way, which publishes no closed event. A server left running there keeps the JVM alive, so a
 * Plaza that could not start (its port taken, say) would hang instead of exiting.
 */
final class StartedBeans {

	private StartedBeans() {
	}

	static void register(ConfigurableApplicationContext context, String name, AutoCloseable server) {
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
		beans.registerSingleton(name, server);
		beans.registerDisposableBean(name, server::close);
	}
}
