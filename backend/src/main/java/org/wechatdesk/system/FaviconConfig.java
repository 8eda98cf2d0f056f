package org.wechatdesk.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Browsers ask for /favicon.ico on every page that names no icon (Cockpit, Swagger UI, error
 * pages); the desk's one icon is an SVG.
 */
@Configuration(proxyBeanMethods = false)
class FaviconConfig implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/favicon.ico", "/favicon.svg");
  }
}
