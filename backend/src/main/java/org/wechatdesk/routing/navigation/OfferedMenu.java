package org.wechatdesk.routing.navigation;

import java.util.List;

/**
 * The entries of the menu a visitor was last offered, as a page shows them to tap; choosing one is
 * answering its number. A sub-menu also takes "0" to go back to the main menu.
 */
public record OfferedMenu(List<Choice> choices, boolean subMenu) {

  public record Choice(int number, String label) {}
}
