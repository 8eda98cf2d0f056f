package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitorRegionsTest {

  private static final VisitorRegions REGIONS = create();

  @Test
  void aPublicAddressGivesCountryProvinceAndCity() {
    assertThat(REGIONS.of("202.96.134.133")).contains("中国 广东省 深圳市");
    assertThat(REGIONS.of("114.114.114.114")).contains("中国 江苏省 南京市");
  }

  @Test
  void privateUnreadableAndIpv6AddressesGiveNoRegion() {
    assertThat(REGIONS.of("127.0.0.1")).isEmpty();
    assertThat(REGIONS.of("192.168.1.20")).isEmpty();
    assertThat(REGIONS.of("2408:8207::1")).isEmpty();
    assertThat(REGIONS.of("not-an-address")).isEmpty();
    assertThat(REGIONS.of("999.1.1.1")).isEmpty();
    assertThat(REGIONS.of(null)).isEmpty();
  }

  private static VisitorRegions create() {
    try {
      return new VisitorRegions();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
