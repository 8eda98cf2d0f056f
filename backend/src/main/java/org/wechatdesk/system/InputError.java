package org.wechatdesk.system;

/**
 * Codes for input that breaks a rule every feature shares; a field error names the field by its
 * key, so the wording need not. Feature-specific formats have codes in their feature's enum.
 */
public enum InputError implements ErrorCode {
  /** The whole request, when one or more fields are wrong; {@code fields} says which. */
  INVALID("input.invalid"),
  REQUIRED("input.required"),
  /** Params {@code min}, {@code max}: a length in characters. */
  LENGTH("input.length"),
  /** Param {@code max}: a length in characters. */
  TOO_LONG("input.tooLong"),
  /** Params {@code max}, {@code actual}: WeChat counts UTF-8 bytes (a Chinese character is 3). */
  TOO_MANY_BYTES("input.tooManyBytes"),
  /** Control and text-direction characters, which could hide or turn around what people read. */
  HIDDEN_CHARACTERS("input.hiddenCharacters"),
  /** Params {@code min}, {@code max}. */
  RANGE("input.range"),
  /** Param {@code min}. */
  AT_LEAST("input.atLeast"),
  /** Param {@code values}: the allowed values, comma-separated. */
  ONE_OF("input.oneOf"),
  /** Param {@code max} when the link's length is limited. */
  HTTP_URL("input.httpUrl"),
  INTEGER("input.integer"),
  BOOLEAN("input.boolean"),
  BASE64("input.base64"),
  /** 8-100 letters, digits or {@code _:.-}, the same on a retried request. */
  IDEMPOTENCY_KEY("input.idempotencyKey");

  private final String code;

  InputError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
