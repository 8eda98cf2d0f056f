package org.wechatdesk.fan.tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanError;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

/**
 * Changes to the tag catalogue and to fans' tags: stored in the desk first, then synced to WeChat.
 */
@Service
public class FanTags {

  private final FanTagRepository tags;
  private final TagSyncRepository syncs;
  private final FanRepository fans;
  private final ApplicationEventPublisher events;

  FanTags(
      FanTagRepository tags,
      TagSyncRepository syncs,
      FanRepository fans,
      ApplicationEventPublisher events) {
    this.tags = tags;
    this.syncs = syncs;
    this.fans = fans;
    this.events = events;
  }

  public FanTagsView of(long fanId) {
    requireFan(fanId);
    return new FanTagsView(
        fanId, tags.ofFan(fanId).stream().map(FanTag::name).toList(), syncs.state(fanId));
  }

  /** Gives the fan exactly these tags; names not yet in the account's catalogue are added to it. */
  @Transactional
  public FanTagsView replace(long fanId, List<String> names) {
    Fan fan = requireFan(fanId);
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : names == null ? List.<String>of() : names) {
      wanted.add(TagLimits.checkedName(name));
    }
    TagLimits.checkTagsPerFan(wanted);
    List<String> missing =
        wanted.stream().filter(name -> tags.findByName(fan.accountId(), name).isEmpty()).toList();
    TagLimits.checkCatalogueRoom(tags.countInCatalogue(fan.accountId()), missing.size());
    List<FanTag> resolved = new ArrayList<>();
    for (String name : wanted) {
      resolved.add(
          tags.findByName(fan.accountId(), name)
              .orElseGet(() -> tags.insert(fan.accountId(), name, null)));
    }
    tags.replaceMembers(fanId, resolved);
    syncs.changed(fanId);
    events.publishEvent(new FanTagsChanged(fanId));
    return of(fanId);
  }

  @Transactional
  public FanTag create(long accountId, String name) {
    String checked = TagLimits.checkedName(name);
    if (tags.findByName(accountId, checked).isPresent()) {
      throw InvalidInputException.of("name", FanError.TAG_EXISTS);
    }
    TagLimits.checkCatalogueRoom(tags.countInCatalogue(accountId), 1);
    return tags.insert(accountId, checked, null);
  }

  /** Tries again at once after the automatic retries were given up. */
  @Transactional
  public FanTagsView retrySync(long fanId) {
    requireFan(fanId);
    if (syncs.retry(fanId)) {
      events.publishEvent(new FanTagsChanged(fanId));
    }
    return of(fanId);
  }

  private Fan requireFan(long fanId) {
    return fans.findById(fanId)
        .orElseThrow(() -> new NotFoundException(FanError.NOT_FOUND, "id", fanId));
  }

  /** A fan's tags and how far WeChat follows them. */
  public record FanTagsView(long fanId, List<String> tags, TagSyncState sync) {}
}
