package org.wechatdesk.channel.wechat.component;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the WeChat channel's push edge needs to know of the third-party platform. */
@Component
public class ComponentPlatform {

  private final ComponentRepository component;
  private final AuthorizerRepository authorizers;

  ComponentPlatform(ComponentRepository component, AuthorizerRepository authorizers) {
    this.component = component;
    this.authorizers = authorizers;
  }

  /**
   * Saves the settings without an admin (the demo's seed); the component token got before is
   * dropped, and so is the ticket of another platform.
   */
  public void save(ComponentSettings settings) {
    component.save(settings);
  }

  /** Empty until an admin saves the platform's settings. */
  public Optional<ComponentSettings> settings() {
    return component.settings();
  }

  /**
   * Whether the account's admin granted message management (权限集 1): without it the account is bound
   * for web authorization only and its pushes start nothing.
   */
  public boolean messagesGranted(long accountId) {
    return authorizers
        .find(accountId)
        .map(AuthorizerRepository.Authorizer::messagesGranted)
        .orElse(false);
  }
}
