package org.wechatdesk.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that reads tables another feature owns, to show or decide something in its own
 * feature, and names those tables. It never writes them: each table is written only by the package
 * that owns it (the list is in docs/architecture.md and kept by {@code TableOwnershipTest}), so a
 * reader finds every change to a table in one place, and every reader of it here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModel {

  /** The tables of other features this class reads, e.g. {@code "desk.conversation"}. */
  String[] value();
}
