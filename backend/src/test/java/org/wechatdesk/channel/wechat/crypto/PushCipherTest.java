package org.wechatdesk.channel.wechat.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** WeChat's published vectors (see docs/wechat-platform.md) and damaged ciphertexts. */
class PushCipherTest {

  private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  // Vector A: WxJava's WxCryptUtilTest and WeChat's official sample.
  private static final String VECTOR_A_APPID = "wxb11529c136998cb6";
  private static final String VECTOR_A_CIPHERTEXT =
      "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==";

  // Vector B: WeChat's WXBizMsgCrypt Sample.py.
  private static final String VECTOR_B_TOKEN = "spamtest";
  private static final String VECTOR_B_APPID = "wx2c2769f8efd9abc2";
  private static final String VECTOR_B_TIMESTAMP = "1409735669";
  private static final String VECTOR_B_NONCE = "1320562132";
  private static final String VECTOR_B_ENCRYPT =
      "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9"
          + "FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3"
          + "yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1"
          + "v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";

  @Test
  void encryptsVectorAExactly() {
    String encrypted =
        new PushCipher(KEY)
            .encrypt(
                "我是中文abcd123",
                VECTOR_A_APPID,
                "aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII));
    assertThat(encrypted).isEqualTo(VECTOR_A_CIPHERTEXT);
  }

  @Test
  void decryptsVectorA() {
    PushCipher.Decrypted decrypted = new PushCipher(KEY).decrypt(VECTOR_A_CIPHERTEXT);
    assertThat(decrypted.message()).isEqualTo("我是中文abcd123");
    assertThat(decrypted.appId()).isEqualTo(VECTOR_A_APPID);
  }

  @Test
  void vectorBSignaturesMatch() {
    assertThat(PushSignature.of(VECTOR_B_TOKEN, VECTOR_B_TIMESTAMP, VECTOR_B_NONCE))
        .isEqualTo("16120ec1b8dbb870f510d87ce6bc2463eae6ca1a");
    assertThat(
            PushSignature.of(VECTOR_B_TOKEN, VECTOR_B_TIMESTAMP, VECTOR_B_NONCE, VECTOR_B_ENCRYPT))
        .isEqualTo("5d197aaffba7e9b25a30732f161a50dee96bd5fa");
  }

  @Test
  void decryptsVectorBToTheSampleTextMessage() {
    PushCipher.Decrypted decrypted = new PushCipher(KEY).decrypt(VECTOR_B_ENCRYPT);
    assertThat(decrypted.appId()).isEqualTo(VECTOR_B_APPID);
    assertThat(decrypted.message())
        .contains("<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName>")
        .contains("<ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>")
        .contains("<Content><![CDATA[abcdteT]]></Content>")
        .contains("<MsgId>6054768590064713728</MsgId>");
  }

  @Test
  void roundTripsMessagesOfEveryPaddingLength() {
    PushCipher cipher = new PushCipher(KEY);
    for (int length = 0; length < 70; length++) {
      String message = "x".repeat(length);
      assertThat(cipher.decrypt(cipher.encrypt(message, VECTOR_A_APPID)).message())
          .isEqualTo(message);
    }
  }

  @Test
  void rejectsTamperedCiphertext() {
    byte[] sealed = Base64.getDecoder().decode(VECTOR_A_CIPHERTEXT);
    sealed[sealed.length - 1] ^= 0x5a;
    String tampered = Base64.getEncoder().encodeToString(sealed);
    assertThatThrownBy(() -> new PushCipher(KEY).decrypt(tampered))
        .isInstanceOf(PushDecryptionException.class);
  }

  @Test
  void rejectsCiphertextThatIsNotBase64OrNotWholeBlocks() {
    PushCipher cipher = new PushCipher(KEY);
    assertThatThrownBy(() -> cipher.decrypt("not base64 !!")).hasMessageContaining("base64");
    assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(new byte[20])))
        .hasMessageContaining("multiple");
  }

  @Test
  void declaredLengthsBeyondThePlaintextAreRefusedWithoutOverflow() throws Exception {
    for (int declared : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 10, -1}) {
      byte[] plain = new byte[64];
      ByteBuffer.wrap(plain, 16, 4).putInt(declared);
      Arrays.fill(plain, 32, 64, (byte) 32);
      byte[] key = Base64.getDecoder().decode(KEY + "=");
      Cipher aes = Cipher.getInstance("AES/CBC/NoPadding");
      aes.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new IvParameterSpec(Arrays.copyOf(key, 16)));
      String sealed = Base64.getEncoder().encodeToString(aes.doFinal(plain));
      assertThatThrownBy(() -> new PushCipher(KEY).decrypt(sealed))
          .isInstanceOf(PushDecryptionException.class)
          .hasMessageContaining("declared length");
    }
  }

  @Test
  void anotherKeyDoesNotYieldTheMessage() {
    String otherKey = "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut";
    String encrypted = new PushCipher(otherKey).encrypt("hello", VECTOR_A_APPID);
    try {
      PushCipher.Decrypted decrypted = new PushCipher(KEY).decrypt(encrypted);
      assertThat(decrypted.appId()).isNotEqualTo(VECTOR_A_APPID);
    } catch (PushDecryptionException expected) {
      assertThat(expected).hasMessageNotContaining("hello");
    }
  }
}
