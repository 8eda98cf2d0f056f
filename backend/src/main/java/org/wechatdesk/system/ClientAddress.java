package org.wechatdesk.system;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a client's address is counted under by the desk's limits. An IPv6 client usually holds a whole
 * /64 and can rotate within it, so it counts as its /64; an IPv4-mapped IPv6 address counts as the IPv4
 * one; every loopback address (127.0.0.1, ::1) is one client.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String budgetKey(String remoteAddr) {
    if (remoteAddr == null || !remoteAddr.matches("[0-9A-Fa-f:.%a-zA-Z]{1,64}") || !remoteAddr.matches(".*[.:].*")) {
      return String.valueOf(remoteAddr);
    }
    try {
      // A literal address: parsed, never looked up.
      InetAddress address = InetAddress.getByName(remoteAddr.replaceFirst("%.*$", ""));
      if (address.isLoopbackAddress()) {
        return "loopback";
      }
      if (address instanceof Inet6Address) {
        byte[] prefix = new byte[8];
        System.arraycopy(address.getAddress(), 0, prefix, 0, 8);
        return HexFormat.of().formatHex(prefix) + "::/64";
      }
      return address.getHostAddress();
    } catch (UnknownHostException notALiteral) {
      return remoteAddr;
    }
  }
}
