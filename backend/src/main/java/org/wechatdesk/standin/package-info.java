/**
 * WeChat's Official Account API played in memory, with WeChat's paths, parameters, JSON and
 * errcodes: the one implementation behind the demo's built-in WeChat ({@code /demo/wechat-api}) and
 * the tests' {@code FakeWeChatApi}. Nothing on the production path uses it; it is a plain class
 * that the demo profile and the tests put behind their own HTTP servers.
 */
package org.wechatdesk.standin;
