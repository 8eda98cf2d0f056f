package org.wechatdesk.system;

/**
 * One kind of API error, named by a stable code that clients word in their own language (the desk's
 * UI in {@code frontend/src/i18n/errors.ts}). Each feature lists its codes in one enum implementing
 * this; docs/api-errors.md describes the contract.
 */
public interface ErrorCode {

  /**
   * {@code area.lowerCamelName}, e.g. {@code conversation.notFound}; never changes once shipped.
   */
  String code();
}
