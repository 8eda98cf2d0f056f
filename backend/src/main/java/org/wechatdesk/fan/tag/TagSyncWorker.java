package org.wechatdesk.fan.tag;

import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.system.WorkerLoop;

/**
 * Syncs changed fans' tags to WeChat in the background: woken after the commit that changed them,
 * and polling for retries. The desk's change is already stored, so a failure only delays WeChat.
 */
@Component
class TagSyncWorker extends WorkerLoop {

  private static final Logger log = LoggerFactory.getLogger(TagSyncWorker.class);
  private static final int BATCH = 20;

  private final TagSyncRepository syncs;
  private final WeChatTagMirror mirror;
  private final TagSyncProperties settings;

  TagSyncWorker(TagSyncRepository syncs, WeChatTagMirror mirror, TagSyncProperties settings) {
    super("fan-tags", 1, settings.pollInterval());
    this.syncs = syncs;
    this.mirror = mirror;
    this.settings = settings;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void tagsChanged(FanTagsChanged event) {
    wake();
  }

  @Override
  protected int drainOnce() {
    int done = 0;
    for (long fanId : syncs.due(BATCH)) {
      var version = syncs.claim(fanId, settings.lease());
      if (version.isPresent()) {
        syncOne(fanId, version.get());
        done++;
      }
    }
    return done;
  }

  private void syncOne(long fanId, int version) {
    try {
      mirror.mirrorFan(fanId);
      syncs.synced(fanId, version);
    } catch (WxErrorException | RuntimeException e) {
      String reason =
          e instanceof WxErrorException wx && wx.getError() != null
              ? "WeChat errcode "
                  + wx.getError().getErrorCode()
                  + ": "
                  + wx.getError().getErrorMsg()
              : e.getMessage();
      log.warn("Syncing the tags of fan {} to WeChat failed: {}", fanId, reason);
      TagSyncState before = syncs.state(fanId);
      syncs.failed(
          fanId, reason, settings.backoffAfter(before.attempts() + 1), settings.maxAttempts());
    }
  }
}
