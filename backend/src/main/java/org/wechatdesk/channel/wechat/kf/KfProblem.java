package org.wechatdesk.channel.wechat.kf;

import java.util.Map;

/**
 * Why an agent has no working customer-service account on an Official Account, as a code the admin
 * screen words. WeChat's errcode is kept beside it; its errmsg goes to the log only.
 */
enum KfProblem {
  /** 65400: the account has not enabled (or not yet finished enabling) 新版客服功能. */
  NOT_ENABLED("kf.problem.notEnabled"),
  /** 65403: WeChat refused the nickname. */
  NICKNAME("kf.problem.nickname"),
  /** 65401, 65404: WeChat does not take the account name, usually a wrong WeChat ID suffix. */
  ACCOUNT("kf.problem.account"),
  /** 65405: WeChat's limit of customer-service accounts per Official Account is reached. */
  LIMIT("kf.problem.limit"),
  /** The agent's picture is not an image the desk can turn into the JPEG WeChat requires. */
  AVATAR("kf.problem.avatar"),
  /** WeChat could not be reached or answered something else; the next synchronisation retries. */
  OTHER("kf.problem.other");

  private static final Map<Integer, KfProblem> BY_ERRCODE =
      Map.of(
          65400, NOT_ENABLED,
          65401, ACCOUNT,
          65403, NICKNAME,
          65404, ACCOUNT,
          65405, LIMIT);

  private final String code;

  KfProblem(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  static KfProblem ofErrcode(int errcode) {
    return BY_ERRCODE.getOrDefault(errcode, OTHER);
  }

  /** Errcodes that say the kf_account itself is unusable, so a send should go out without it. */
  static boolean concernsTheKfAccount(int errcode) {
    return BY_ERRCODE.containsKey(errcode);
  }
}
