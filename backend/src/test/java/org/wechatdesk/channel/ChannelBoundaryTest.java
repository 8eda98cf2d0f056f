package org.wechatdesk.channel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The channel adapters (org.wechatdesk.channel..) depend on the channel-neutral core
 * (org.wechatdesk.message..), never the reverse, and the desk's features know the core only. See
 * docs/channels.md.
 */
class ChannelBoundaryTest {

  private static final String CORE = "org.wechatdesk.message..";
  private static final String ADAPTERS = "org.wechatdesk.channel..";

  private static JavaClasses desk;

  @BeforeAll
  static void importDesk() {
    desk =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wechatdesk");
  }

  @Test
  void theCoreKnowsNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ADAPTERS)
        .because("a channel is added by adding an adapter, without touching the inbox or outbox")
        .check(desk);
  }

  @Test
  void conversationsRoutingFansAndTheWorkbenchKnowNoAdapter() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.wechatdesk.conversation..",
            "org.wechatdesk.routing..",
            "org.wechatdesk.fan..",
            "org.wechatdesk.workbench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ADAPTERS)
        .because("what differs by channel is asked of its adapter through the core")
        .check(desk);
  }

  /**
   * Wider than the rule above: apart from the demo, which plays WeChat, nothing outside the
   * adapters names one, so no package that an adapter uses can close a cycle through it.
   */
  @Test
  void onlyTheAdaptersAndTheDemoKnowAnAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ADAPTERS, "org.wechatdesk.demo..")
        .and()
        .resideOutsideOfPackage("org.wechatdesk")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ADAPTERS)
        .check(desk);
  }

  @Test
  void noCyclesAmongTheChannelPackagesAndTheCore() {
    slices().assignedFrom(CHANNEL_AND_CORE_PACKAGES).should().beFreeOfCycles().check(desk);
  }

  /** Each package of the adapters and of the core is a slice of its own. */
  private static final SliceAssignment CHANNEL_AND_CORE_PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          return name.startsWith("org.wechatdesk.channel")
                  || name.startsWith("org.wechatdesk.message")
              ? SliceIdentifier.of(name)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "the packages of the channel adapters and of the message core";
        }
      };
}
