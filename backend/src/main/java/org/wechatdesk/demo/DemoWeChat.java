package org.wechatdesk.demo;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.wechatdesk.standin.WeChatStandIn;

/** The demo's WeChat: the stand-in the tests use too, kept in memory for the life of the app. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoWeChat {

  /** WeChat keeps its own time: token and media lifetimes do not follow the desk's clock. */
  @Bean
  WeChatStandIn weChatStandIn() {
    return new WeChatStandIn(Clock.systemUTC());
  }
}
