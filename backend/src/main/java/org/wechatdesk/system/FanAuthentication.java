package org.wechatdesk.system;

import jakarta.servlet.Filter;

/**
 * How fans, who have no desk login, are authenticated: a channel's filter names the fan a request
 * acts for, on that request only, with the role {@link #ROLE}. The security chain runs it before
 * anonymous authentication and lets that role reach the H5 page's API only.
 */
public interface FanAuthentication {

  String ROLE = "FAN";

  Filter filter();
}
