package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the API's error codes and the UI's wording of them in step: every code an {@link ErrorCode}
 * enum declares has a zh-CN and an English entry in the frontend's catalogue.
 */
class ErrorCatalogueTest {

  private static final Path CATALOGUE = Path.of("..", "frontend", "src", "i18n", "errors.ts");
  private static final Pattern KEY = Pattern.compile("(?m)^\\s*'([^']+)':");
  private static final Pattern CODE_FORMAT =
      Pattern.compile("[a-z][A-Za-z0-9]*\\.[a-z][A-Za-z0-9]*");

  private static List<String> codes;
  private static String catalogue;

  @BeforeAll
  static void read() throws IOException {
    codes =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.wechatdesk")
                .stream()
                .filter(JavaClass::isEnum)
                .filter(type -> type.isAssignableTo(ErrorCode.class))
                .flatMap(type -> Arrays.stream(type.reflect().getEnumConstants()))
                .map(constant -> ((ErrorCode) constant).code())
                .toList();
    catalogue = Files.readString(CATALOGUE);
  }

  @Test
  void theEnumsAreFoundAndTheirCodesAreUniqueAndDotted() {
    assertThat(codes).as("codes found in the ErrorCode enums").hasSizeGreaterThan(50);
    assertThat(codes).doesNotHaveDuplicates();
    assertThat(codes).allMatch(code -> CODE_FORMAT.matcher(code).matches(), "area.lowerCamelName");
  }

  @Test
  void everyCodeIsWordedInChinese() {
    assertThat(keys("const errorsZh = {")).containsAll(codes);
  }

  @Test
  void everyCodeIsWordedInEnglish() {
    assertThat(keys("const errorsEn: Record<ErrorCode, string> = {")).containsAll(codes);
  }

  /** The keys of the object literal that starts with {@code start}, up to its closing brace. */
  private static Set<String> keys(String start) {
    int from = catalogue.indexOf(start);
    assertThat(from).as("%s in %s", start, CATALOGUE).isNotNegative();
    int to = catalogue.indexOf("\n}", from);
    Matcher keys = KEY.matcher(catalogue.substring(from, to));
    return keys.results().map(match -> match.group(1)).collect(Collectors.toSet());
  }
}
