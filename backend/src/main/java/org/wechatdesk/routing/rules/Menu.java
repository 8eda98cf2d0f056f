package org.wechatdesk.routing.rules;

/**
 * The menu the visitor is answering: the main menu ({@code entryId} null) or an entry's sub-menu,
 * with the unrecognised answers given so far and the navigation's limit for them.
 */
public record Menu(long navigationId, Long entryId, int invalidAnswers, int maxInvalidAnswers) {}
