package org.wechatdesk.routing.navigation;

/**
 * Where a visitor is in a navigation menu; the caller keeps it between answers (e.g. as a process
 * variable) and passes it back. {@code menuEntryId} is null on the main menu, else the entry whose
 * sub-menu is shown.
 */
public record NavigationState(long navigationId, Long menuEntryId, int invalidAnswers) {}
