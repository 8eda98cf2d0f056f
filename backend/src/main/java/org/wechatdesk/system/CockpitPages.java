package org.wechatdesk.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Cockpit's pages, opened in a browser by someone it refuses, send them to the desk, which says why
 * in their language, instead of answering the API's JSON error to a person. Cockpit's own API calls
 * (which ask for JSON) still get the JSON error.
 */
final class CockpitPages {

  /** The desk's login page. */
  static final String LOGIN = "/";

  /** The desk's page saying Cockpit is for admins, in the desk's hash route. */
  static final String DENIED = "/#/denied/cockpit";

  private CockpitPages() {}

  static boolean openedInBrowser(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")
        && "GET".equals(request.getMethod())
        && accept != null
        && accept.contains(MediaType.TEXT_HTML_VALUE);
  }
}
