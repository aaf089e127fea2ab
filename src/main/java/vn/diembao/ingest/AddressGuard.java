package vn.diembao.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SSRF guard: only http/https, and never an address inside our own network (loopback, private, link-local,
 * cloud metadata, multicast, unique-local IPv6) unless an administrator allow-listed the host.
 */
class AddressGuard {

	private final Set<String> allowedHosts = ConcurrentHashMap.newKeySet();

	AddressGuard(Iterable<String> allowedHosts) {
		allowedHosts.forEach(this::allow);
	}

	/** Lets a host (or host:port) through although it resolves to an internal address. */
	void allow(String hostOrHostPort) {
		allowedHosts.add(hostOrHostPort.toLowerCase(Locale.ROOT));
	}

	void check(URI uri) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchException("Chỉ cho phép địa chỉ http/https: " + uri);
		}
		String host = uri.getHost();
		if (host == null || host.isBlank()) {
			throw new FetchException("Địa chỉ không có tên máy chủ: " + uri);
		}
		if (isAllowListed(host.toLowerCase(Locale.ROOT), uri.getPort())) {
			return;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException e) {
			throw new FetchException("Không phân giải được tên miền " + host, e);
		}
		for (InetAddress address : addresses) {
			if (isInternal(address)) {
				throw new FetchException("Từ chối truy cập địa chỉ nội bộ " + address.getHostAddress() + " (" + host + ")");
			}
		}
	}

	private boolean isAllowListed(String host, int port) {
		return allowedHosts.contains(host) || (port > 0 && allowedHosts.contains(host + ":" + port));
	}

	static boolean isInternal(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet6Address) {
			return isInternalIpv6(b);
		}
		return isInternalIpv4(b);
	}

	/** IPv6, including the forms that carry an IPv4 address inside (mapped, compatible, NAT64, 6to4) and Teredo. */
	private static boolean isInternalIpv6(byte[] b) {
		int first16 = (b[0] & 0xff) << 8 | b[1] & 0xff;
		int second16 = (b[2] & 0xff) << 8 | b[3] & 0xff;
		if ((b[0] & 0xfe) == 0xfc // fc00::/7 unique local
				|| first16 == 0x2001 && second16 == 0x0db8 // documentation
				|| first16 == 0x2001 && second16 == 0x0000) { // Teredo: the real address is hidden in the tunnel
			return true;
		}
		if (first16 == 0x2002) { // 6to4 carries an IPv4 address in bytes 2..5
			return isInternalIpv4(new byte[] { b[2], b[3], b[4], b[5] });
		}
		boolean nat64 = first16 == 0x0064 && second16 == 0xff9b && zero(b, 4, 12);
		if (isIpv4Mapped(b) || nat64 || zero(b, 0, 12)) { // the last is the deprecated IPv4-compatible form
			return isInternalIpv4(new byte[] { b[12], b[13], b[14], b[15] });
		}
		return false;
	}

	private static boolean zero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isIpv4Mapped(byte[] b) {
		return zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
	}

	private static boolean isInternalIpv4(byte[] b) {
		int first = b[0] & 0xff;
		int second = b[1] & 0xff;
		int third = b[2] & 0xff;
		return first == 0 || first == 10 || first == 127 || (first == 100 && second >= 64 && second <= 127) // CGNAT
				|| (first == 169 && second == 254) || (first == 172 && second >= 16 && second <= 31)
				|| (first == 192 && second == 168) || (first == 192 && second == 0 && (third == 0 || third == 2))
				|| (first == 198 && (second == 18 || second == 19)) // benchmarking
				|| (first == 198 && second == 51 && third == 100) || (first == 203 && second == 0 && third == 113) // documentation
				|| first >= 224; // multicast, reserved, broadcast
	}
}
