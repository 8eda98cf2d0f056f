package org.wechatdesk.fan.tag;

import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.fan.FanAccess;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/**
 * The tag catalogue (any signed-in user) and fans' tags (agents for their own conversations' fans).
 */
@RestController
class FanTagController {

  private final FanTags fanTags;
  private final FanTagRepository catalogue;
  private final FanAccess access;
  private final WeChatTagMirror mirror;

  FanTagController(
      FanTags fanTags, FanTagRepository catalogue, FanAccess access, WeChatTagMirror mirror) {
    this.fanTags = fanTags;
    this.catalogue = catalogue;
    this.access = access;
    this.mirror = mirror;
  }

  @GetMapping("/api/fan-tags")
  List<FanTag> catalogue(@RequestParam long accountId) {
    return catalogue.catalogue(accountId);
  }

  @PostMapping("/api/fan-tags")
  @ResponseStatus(HttpStatus.CREATED)
  FanTag create(@RequestBody CreateRequest request) {
    if (request.accountId() == null) {
      throw InvalidInputException.of("accountId", InputError.REQUIRED);
    }
    return fanTags.create(request.accountId(), request.name());
  }

  /** Brings tags created in WeChat's own back office into the catalogue. */
  @PostMapping("/api/admin/fan-tags/import")
  List<FanTag> importFromWeChat(@RequestParam long accountId) throws WxErrorException {
    mirror.importCatalogue(accountId);
    return catalogue.catalogue(accountId);
  }

  @GetMapping("/api/fans/{fanId}/tags")
  FanTags.FanTagsView ofFan(@PathVariable long fanId, Authentication user) {
    access.requireServes(fanId, user);
    return fanTags.of(fanId);
  }

  @PutMapping("/api/fans/{fanId}/tags")
  FanTags.FanTagsView replace(
      @PathVariable long fanId, @RequestBody ReplaceRequest request, Authentication user) {
    access.requireServes(fanId, user);
    return fanTags.replace(fanId, request.tags());
  }

  @PostMapping("/api/fans/{fanId}/tags/sync")
  FanTags.FanTagsView retrySync(@PathVariable long fanId, Authentication user) {
    access.requireServes(fanId, user);
    return fanTags.retrySync(fanId);
  }

  record CreateRequest(Long accountId, String name) {}

  record ReplaceRequest(List<String> tags) {}
}
