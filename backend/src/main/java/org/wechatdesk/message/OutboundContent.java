package org.wechatdesk.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.lang.Nullable;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.VisibleText;

/**
 * The content of one outbound message. Which fields apply depends on the kind: text; a desk media
 * id for image, voice and video (uploaded to WeChat when sent, since media_ids expire); title,
 * description, url and picture url for a news/link card; {@code typing} = true or false for the
 * typing indicator; the template id, its data fields (in order) and the link for a template
 * message.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutboundContent(
    @Nullable String text,
    @Nullable Long mediaId,
    @Nullable Long thumbMediaId,
    @Nullable String title,
    @Nullable String description,
    @Nullable String url,
    @Nullable String picUrl,
    @Nullable Boolean typing,
    @Nullable String templateId,
    @Nullable Map<String, String> templateData) {

  static final int MAX_TEXT = 2048;

  public static OutboundContent text(String text) {
    return new OutboundContent(text, null, null, null, null, null, null, null, null, null);
  }

  public static OutboundContent media(long mediaId) {
    return new OutboundContent(null, mediaId, null, null, null, null, null, null, null, null);
  }

  public static OutboundContent typing(boolean on) {
    return new OutboundContent(null, null, null, null, null, null, null, on, null, null);
  }

  public static OutboundContent template(String templateId, String url, Map<String, String> data) {
    return new OutboundContent(
        null, null, null, null, null, url, null, null, templateId, new LinkedHashMap<>(data));
  }

  /**
   * This content without control and bidi override characters in what the fan reads, which would
   * make a text show otherwise than it reads (a file name "rtl\u202Egnp.exe" as "rtlexe.png").
   */
  public OutboundContent visible() {
    Map<String, String> visibleData = null;
    if (templateData != null) {
      visibleData = new LinkedHashMap<>();
      for (Map.Entry<String, String> field : templateData.entrySet()) {
        visibleData.put(field.getKey(), VisibleText.strip(field.getValue()));
      }
    }
    return new OutboundContent(
        VisibleText.strip(text),
        mediaId,
        thumbMediaId,
        VisibleText.strip(title),
        VisibleText.strip(description),
        url,
        picUrl,
        typing,
        templateId,
        visibleData);
  }

  public void validateFor(OutboundKind kind) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    switch (kind) {
      case TEXT -> {
        if (text == null || text.isBlank()) {
          errors.put("text", ApiError.of(InputError.REQUIRED));
        } else if (text.length() > MAX_TEXT) {
          errors.put("text", ApiError.of(InputError.TOO_LONG, "max", MAX_TEXT));
        }
      }
      case IMAGE, VOICE, VIDEO -> {
        if (mediaId == null) {
          errors.put("mediaId", ApiError.of(OutboundError.MEDIA_REQUIRED, "kind", kind));
        }
      }
      case NEWS -> {
        if (title == null || title.isBlank() || title.length() > 64) {
          errors.put("title", ApiError.of(InputError.LENGTH, "min", 1, "max", 64));
        }
        if (url == null || !url.matches("https?://\\S{1,1000}")) {
          errors.put("url", ApiError.of(InputError.HTTP_URL, "max", 1000));
        }
        if (picUrl != null && !picUrl.matches("https?://\\S{1,1000}")) {
          errors.put("picUrl", ApiError.of(InputError.HTTP_URL, "max", 1000));
        }
      }
      case TYPING -> {
        if (typing == null) {
          errors.put("typing", ApiError.of(InputError.BOOLEAN));
        }
      }
      case TEMPLATE -> {
        if (templateId == null || templateId.isBlank()) {
          errors.put("templateId", ApiError.of(InputError.REQUIRED));
        }
        if (templateData == null || templateData.isEmpty()) {
          errors.put("templateData", ApiError.of(InputError.REQUIRED));
        }
        if (url != null && !url.matches("https?://\\S{1,1000}")) {
          errors.put("url", ApiError.of(InputError.HTTP_URL, "max", 1000));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
