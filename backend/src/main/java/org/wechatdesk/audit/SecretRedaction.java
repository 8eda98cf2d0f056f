package org.wechatdesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of the audit: any field whose name ends in secret, password, token or AES key
 * (the AppSecret, Token, EncodingAESKey and its predecessor, password hashes) is replaced, at any
 * depth. Flags about secrets, such as {@code appSecretSet}, end otherwise and stay readable.
 */
final class SecretRedaction {

  static final String REDACTED = "[redacted]";

  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(secret|password|passwordhash|token|aeskey)");

  private SecretRedaction() {}

  static JsonNode redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (SECRET_NAME.matcher(field.getKey()).matches() && !field.getValue().isNull()) {
          field.setValue(object.textNode(REDACTED));
        } else {
          redact(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(SecretRedaction::redact);
    }
    return node;
  }
}
