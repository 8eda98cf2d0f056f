package org.wechatdesk.fan.tag;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpUserTagService;
import me.chanjar.weixin.mp.bean.tag.WxUserTag;
import org.springframework.stereotype.Component;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;

/**
 * Brings WeChat's user tags in line with the desk's, through the account's shared-token client
 * ({@link WeChatUserTags}, which the WeChat channel provides). Only tags of the desk's catalogue
 * are set or cleared: tags made elsewhere and WeChat's reserved ones stay.
 */
@Component
class WeChatTagMirror {

  /** tags/create answers this when the account already has a tag of that name. */
  private static final int NAME_TAKEN = 45157;

  private final WeChatUserTags userTags;
  private final FanRepository fans;
  private final FanTagRepository tags;

  WeChatTagMirror(WeChatUserTags userTags, FanRepository fans, FanTagRepository tags) {
    this.userTags = userTags;
    this.fans = fans;
    this.tags = tags;
  }

  void mirrorFan(long fanId) throws WxErrorException {
    Fan fan = fans.findById(fanId).orElseThrow();
    WxMpUserTagService api = api(fan.accountId());
    Set<Long> wanted = new HashSet<>();
    for (FanTag tag : tags.ofFan(fanId)) {
      wanted.add(weChatIdOf(tag, api));
    }
    Set<Long> managed = new HashSet<>();
    tags.catalogue(fan.accountId()).stream()
        .map(FanTag::wechatTagId)
        .filter(id -> id != null)
        .forEach(managed::add);
    List<Long> current = api.userTagList(fan.openid());
    String[] openid = {fan.openid()};
    for (long id : wanted) {
      if (!current.contains(id)) {
        api.batchTagging(id, openid);
      }
    }
    for (long id : current) {
      if (managed.contains(id) && !wanted.contains(id) && !TagLimits.reserved(id)) {
        api.batchUntagging(id, openid);
      }
    }
  }

  /** Adds the account's WeChat tags to the catalogue and links the ones it has by name. */
  void importCatalogue(long accountId) throws WxErrorException {
    for (WxUserTag remote : api(accountId).tagGet()) {
      if (TagLimits.reserved(remote.getId())) {
        continue;
      }
      tags.findByName(accountId, remote.getName())
          .ifPresentOrElse(
              local -> tags.setWeChatId(local.id(), remote.getId()),
              () -> tags.insert(accountId, remote.getName(), remote.getId()));
    }
  }

  private long weChatIdOf(FanTag tag, WxMpUserTagService api) throws WxErrorException {
    if (tag.wechatTagId() != null) {
      return tag.wechatTagId();
    }
    long id;
    try {
      id = api.tagCreate(tag.name()).getId();
    } catch (WxErrorException e) {
      if (e.getError() == null || e.getError().getErrorCode() != NAME_TAKEN) {
        throw e;
      }
      id =
          api.tagGet().stream()
              .filter(remote -> remote.getName().equals(tag.name()))
              .map(WxUserTag::getId)
              .findFirst()
              .orElseThrow(() -> e);
    }
    if (TagLimits.reserved(id)) {
      throw new IllegalStateException("WeChat reserves the tag " + tag.name());
    }
    tags.setWeChatId(tag.id(), id);
    return id;
  }

  private WxMpUserTagService api(long accountId) {
    return userTags.forAccount(accountId);
  }
}
