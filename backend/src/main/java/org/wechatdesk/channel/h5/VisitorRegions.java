package org.wechatdesk.channel.h5;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lionsoul.ip2region.xdb.Searcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A visitor's region from the IP address the H5 page was opened from, by the ip2region database:
 * WeChat's web authorization stopped giving a region in 2021. The whole database (about 11 MB) is
 * held in memory, which makes a lookup a few array reads and safe from any number of threads.
 */
@Component
class VisitorRegions {

  private static final Logger log = LoggerFactory.getLogger(VisitorRegions.class);
  private static final String DATABASE = "ip2region/ip2region.xdb";
  private static final String PRIVATE_NETWORK = "内网IP";

  private final Searcher searcher;

  VisitorRegions() throws IOException {
    try (InputStream in = new ClassPathResource(DATABASE).getInputStream()) {
      this.searcher = Searcher.newWithBuffer(in.readAllBytes());
    }
  }

  /**
   * "中国 广东省 深圳市" for an address ip2region knows; empty for an unknown one, a private network or an
   * address it cannot read (IPv6: the database covers IPv4 only).
   */
  Optional<String> of(String ip) {
    if (ip == null || !ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return Optional.empty();
    }
    try {
      // Country|area|province|city|ISP, with 0 for what is not known.
      String[] parts = searcher.search(ip).split("\\|");
      if (Arrays.asList(parts).contains(PRIVATE_NETWORK)) {
        return Optional.empty();
      }
      String region =
          Arrays.stream(parts)
              .limit(4)
              .filter(part -> !part.equals("0") && !part.isBlank())
              .distinct()
              .collect(Collectors.joining(" "));
      return region.isEmpty() ? Optional.empty() : Optional.of(region);
    } catch (Exception e) {
      log.debug("No region for an address: {}", e.toString());
      return Optional.empty();
    }
  }
}
