package vn.diembao.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
			"192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fc00::1",
			"fd12:3456::1", "fe80::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "192.0.0.8", "192.0.2.1", "198.18.0.1",
			"198.51.100.7", "203.0.113.9", "240.0.0.1", "fec0::1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::",
			"2002:c0a8:101::1", "2001:0:4136:e378::1", "2001:db8::1", "::7f00:1", "::a00:1" })
	void treatsEveryInternalAddressClassAsInternal(String address) throws UnknownHostException {
		assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "203.162.4.191", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888",
			"192.0.3.1", "198.20.0.1", "2002:808:808::1", "64:ff9b::808:808", "2402:800:20ff::1" })
	void letsPublicAddressesThrough(String address) throws UnknownHostException {
		assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/", "http://[::1]:8080/", "http://10.0.0.5/rss", "http://169.254.169.254/latest",
			"file:///etc/passwd", "ftp://example.vn/feed", "gopher://example.vn/", "http:///no-host" })
	void refusesUrlsThatLeadInside(String url) {
		assertThatThrownBy(() -> new AddressGuard(List.of()).check(URI.create(url))).isInstanceOf(FetchException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:18089/rss.xml", "http://intranet.lamdong.gov.vn/rss" })
	void allowsHostsAnAdministratorAllowListed(String url) {
		// the intranet host does not resolve here: allow-listed hosts are not looked up at all
		new AddressGuard(List.of("127.0.0.1:18089", "intranet.lamdong.gov.vn")).check(URI.create(url));
	}
}
