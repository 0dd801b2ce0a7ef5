package dev.plaza.lending.bureau;

import java.util.ServiceLoader;

import javax.xml.transform.TransformerFactory;

/**
 * SAAJ asks {@link TransformerFactory#newInstance()} for a new factory twice per SOAP message (writing the
 * request, parsing the answer). Unless {@value #PROPERTY} names one, each call searches every jar on the
 * class path for a provider — in Plaza's executable jar, about two hundred nested jars — and, finding none,
 * takes the JDK's own: the search was half of a bureau call's CPU in the decisions benchmark. When no
 * provider is on the class path, naming the JDK's factory gives the same factory without the search.
 */
final class TransformerLookup {

	static final String PROPERTY = "javax.xml.transform.TransformerFactory";

	private TransformerLookup() {
	}

	/** Names the JDK's factory, unless one is named already or a provider on the class path would be found. */
	static synchronized void nameTheJdkFactoryWhenNoOtherIsProvided() {
		if (System.getProperty(PROPERTY) != null || ServiceLoader.load(TransformerFactory.class).findFirst().isPresent()) {
			return;
		}
		System.setProperty(PROPERTY, TransformerFactory.newDefaultInstance().getClass().getName());
	}
}
