package org.wechatdesk.routing.rules;

/** One message of the rule compiler, as shown to the admin who submitted the rules. */
public record CompilerMessage(String level, int line, int column, String text) {}
