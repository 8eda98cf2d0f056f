package org.wechatdesk.standin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of multipart/form-data to find one file field of a media/upload, with the file name
 * and content type its part headers give.
 */
final class Multipart {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
  private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*(\\S+)");
  private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private Multipart() {}

  static Optional<StandInRequest.Upload> field(String contentType, byte[] body, String name) {
    Matcher boundaryMatch = contentType == null ? null : BOUNDARY.matcher(contentType);
    if (boundaryMatch == null || !boundaryMatch.find()) {
      return Optional.empty();
    }
    byte[] boundary = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    int start = indexOf(body, boundary, 0);
    while (start >= 0) {
      int headersStart = start + boundary.length + 2;
      int headersEnd = indexOf(body, HEADERS_END, headersStart);
      int next = headersEnd < 0 ? -1 : indexOf(body, boundary, headersEnd);
      if (next < 0) {
        return Optional.empty();
      }
      String headers =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      if (name.equals(group(NAME, headers))) {
        return Optional.of(
            new StandInRequest.Upload(
                name,
                group(FILE_NAME, headers),
                group(CONTENT_TYPE, headers),
                // The part ends with the CRLF before the next boundary.
                Arrays.copyOfRange(body, headersEnd + HEADERS_END.length, next - 2)));
      }
      start = next;
    }
    return Optional.empty();
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
