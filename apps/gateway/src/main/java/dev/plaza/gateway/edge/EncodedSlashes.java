package dev.plaza.gateway.edge;

import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat lets an encoded slash ({@code %2F}) through as it is, rather than refusing it with its own HTML
 * page: {@link InternalPathsFilter} then answers {@code /internal%2Fv1} as the internal path it may be
 * read as, and Spring Security's firewall refuses every other such path as a problem.
 */
@Component
class EncodedSlashes implements TomcatConnectorCustomizer {

	@Override
	public void customize(Connector connector) {
		connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
	}
}
