package dev.plaza.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

	@ParameterizedTest
	@CsvSource({ "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback", "10.1.2.3, private network",
			"172.16.0.1, private network", "172.31.255.254, private network", "192.168.1.1, private network",
			"169.254.169.254, link-local", "fe80::1, link-local", "fd12:3456::1, unique local", "0.0.0.0, unspecified",
			":: , unspecified", "0.1.2.3, this network", "100.64.0.1, carrier-grade NAT", "100.127.255.254, carrier-grade NAT",
			"224.0.0.1, multicast", "ff02::1, multicast", "255.255.255.255, reserved", "::ffff:192.168.0.9, private network",
			"::ffff:127.0.0.1, loopback", "::ffff:7f00:1, loopback", "::127.0.0.1, 'IPv6 form of 127.0.0.1, a loopback'",
			"::a9fe:a9fe, 'IPv6 form of 169.254.169.254, a link-local'", "64:ff9b::7f00:1, 'IPv6 form of 127.0.0.1, a loopback'",
			"64:ff9b::10.0.0.8, 'IPv6 form of 10.0.0.8, a private network'", "64:ff9b:1::a00:8, local-use NAT64",
			"2002:c0a8:101::1, 'IPv6 form of 192.168.1.1, a private network'", "::2, 'IPv6 form of 0.0.0.2, an address of \"this network\"'" })
	void addressesOfPlazasOwnNetworkAreNotPublic(String address, String kind) throws UnknownHostException {
		assertThat(PublicAddresses.whyNotPublic(InetAddress.getByName(address))).hasValueSatisfying(
				reason -> assertThat(reason).contains(kind));
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888",
			"64:ff9b::808:808", "::ffff:8.8.8.8", "2002:808:808::1" })
	void internetAddressesArePublic(String address) throws UnknownHostException {
		assertThat(PublicAddresses.whyNotPublic(InetAddress.getByName(address))).isEmpty();
	}
}
