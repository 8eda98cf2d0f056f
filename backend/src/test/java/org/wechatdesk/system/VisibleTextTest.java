package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  @Test
  void bidiOverridesIsolatesAndC0AndC1ControlsAreHiddenButTabAndNewlinesAreText() {
    assertThat(VisibleText.hasHidden("rtl\u202Egnp.exe")).isTrue();
    for (char c :
        new char[] {
          '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u0000',
          '\u001B', '\u007F', '\u0085', '\u009B'
        }) {
      assertThat(VisibleText.hasHidden("a" + c + "b")).as("U+%04X", (int) c).isTrue();
    }
    assertThat(VisibleText.hasHidden("第一行\n\t第二行\r\n😀 é ‏")).isFalse();
    assertThat(VisibleText.strip("rtl\u202Egnp.exe\u2069 座席\u0085")).isEqualTo("rtlgnp.exe 座席");
    assertThat(VisibleText.strip(null)).isNull();
  }
}
