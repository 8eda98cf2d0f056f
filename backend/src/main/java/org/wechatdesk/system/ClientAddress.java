package org.wechatdesk.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What the desk's limits (H5 page, logins) count a client address as: an IPv4 address on its own,
 * also when written as IPv4-mapped IPv6; an IPv6 address by its /64, since a subscriber is given a
 * whole /64 and may use any address in it; and every loopback address as one, so that {@code ::1}
 * and {@code 127.0.0.1} share a count.
 */
public final class ClientAddress {

  public static final String LOOPBACK = "loopback";

  /** Only literals are parsed: a host name would be looked up in DNS. */
  private static final Pattern IP_LITERAL =
      Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.-]+)?|\\d{1,3}(\\.\\d{1,3}){3}");

  private ClientAddress() {}

  public static String budgetKey(String address) {
    if (address == null || !IP_LITERAL.matcher(address).matches()) {
      return String.valueOf(address);
    }
    InetAddress ip;
    try {
      ip = InetAddress.getByName(address);
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
    if (ip.isLoopbackAddress()) {
      return LOOPBACK;
    }
    byte[] bytes = ip.getAddress();
    return bytes.length == 4 ? ip.getHostAddress() : HexFormat.of().formatHex(bytes, 0, 8) + "/64";
  }
}
