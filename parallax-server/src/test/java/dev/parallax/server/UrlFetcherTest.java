package dev.parallax.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class UrlFetcherTest {

  @Test
  void refusesLoopbackPrivateLinkLocalAndUniqueLocalAddresses() throws UnknownHostException {
    for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
        "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::5", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "224.0.0.1"}) {
      assertFalse(UrlFetcher.isPublic(InetAddress.getByName(address)), address);
    }
  }

  @Test
  void allowsPublicAddresses() throws UnknownHostException {
    for (String address : new String[] {"93.184.216.34", "8.8.8.8", "2001:4860:4860::8888"}) {
      assertTrue(UrlFetcher.isPublic(InetAddress.getByName(address)), address);
    }
  }
}
