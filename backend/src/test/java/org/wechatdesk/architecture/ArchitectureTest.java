package org.wechatdesk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.wechatdesk.conversation.ConversationAssigned;
import org.wechatdesk.conversation.ConversationEnded;
import org.wechatdesk.conversation.ConversationEngine;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationRepository;

/** The dependency rules of docs/architecture.md, kept by the build. */
@AnalyzeClasses(packages = "org.wechatdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final SliceAssignment FEATURES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (!name.startsWith("org.wechatdesk.")) {
            return SliceIdentifier.ignore();
          }
          return SliceIdentifier.of(
              TableOwnershipTest.feature(name.substring("org.wechatdesk.".length())));
        }

        @Override
        public String getDescription() {
          return "features of org.wechatdesk";
        }
      };

  /** The engine's state is moved in one place, which the BPMN's delegates do not bypass. */
  @ArchTest
  static final ArchRule oneClassTalksToTheEnginesRuntime =
      noClasses()
          .that()
          .doNotBelongToAnyOf(ConversationEngine.class)
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(RuntimeService.class, TaskService.class, ManagementService.class)
          .because("ConversationEngine is the one class that starts and moves process instances");

  @ArchTest
  static final ArchRule conversationsChangeOnlyThroughTheLifecycle =
      noClasses()
          .that()
          .doNotBelongToAnyOf(ConversationLifecycle.class)
          .should()
          .callMethodWhere(
              JavaCall.Predicates.target(owner(assignableTo(ConversationRepository.class)))
                  .and(
                      JavaCall.Predicates.target(
                          nameMatching(
                              "insert.*|set.*|assign|unassign|record.*|end|inviteSurvey|closeSurvey|rate"))))
          .because("each transition writes the row and publishes its event in one place");

  @ArchTest
  static final ArchRule lifecycleEventsHaveOneOrigin =
      noClasses()
          .that()
          .doNotBelongToAnyOf(ConversationLifecycle.class)
          .should()
          .callConstructorWhere(
              JavaCall.Predicates.target(
                  owner(
                      are(
                          assignableTo(ConversationAssigned.class)
                              .or(assignableTo(ConversationEnded.class))))))
          .because("an assignment or an end is announced by the transition that made it");

  /**
   * Features (top-level packages, each channel adapter one of its own) depend on each other one way
   * only; they react to each other's events where the other way is needed.
   */
  @ArchTest
  static final ArchRule featuresFormNoCycles =
      slices().assignedFrom(FEATURES).should().beFreeOfCycles();

  /**
   * Within a feature too, packages depend one way: a feature's facade on its parts, its parts on
   * the terms below them (e.g. {@code routing} on {@code routing.agent}, both on {@code
   * routing.terms}).
   */
  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices().matching("org.wechatdesk.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothingDependsOnTheDemo =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.wechatdesk.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.wechatdesk.demo..")
          .because("demo mode is an extra the desk runs without");
}
