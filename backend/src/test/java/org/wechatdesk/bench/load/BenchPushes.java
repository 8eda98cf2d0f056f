package org.wechatdesk.bench.load;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.wechatdesk.bench.server.BenchAccount;
import org.wechatdesk.support.WeChatPush;

/**
 * WeChat's text pushes to the bench account, signed and encrypted before timing (that costs as much
 * as the server's check of them), addressed to the nodes in turn.
 */
final class BenchPushes {

  static final String PUSH_PATH = "/wechat/push/" + BenchAccount.APP_ID;

  private BenchPushes() {}

  /**
   * Push i comes from fan {@code openid.apply(i)} with the text {@code text.apply(i)} and goes to
   * {@code path} on node i.
   */
  static List<HttpRequest> texts(
      ServerNodes nodes,
      String path,
      int count,
      IntFunction<String> openid,
      IntFunction<String> text) {
    WeChatPush signer =
        new WeChatPush(
            nodes.baseUrl(0) + path,
            BenchAccount.APP_ID,
            BenchAccount.ORIGINAL_ID,
            BenchAccount.TOKEN,
            BenchAccount.KEY);
    List<HttpRequest> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      WeChatPush.Signed signed =
          signer.sign(signer.textXml(openid.apply(i), text.apply(i), WeChatPush.nextMsgId()));
      requests.add(Requests.post(nodes.baseUrl(i) + path + "?" + signed.query(), signed.body()));
    }
    return requests;
  }
}
