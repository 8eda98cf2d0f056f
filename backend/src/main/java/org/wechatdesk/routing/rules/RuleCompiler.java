package org.wechatdesk.routing.rules;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles DRL text into a KieBase, or rejects it with the compiler's messages. */
public final class RuleCompiler {

  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

  private RuleCompiler() {}

  public static KieBase compile(String drl) {
    KieServices kie = KieServices.get();
    // A release id of its own per build: the default one is shared, so builds running at the same
    // time (a trial while rules are being stored) would overwrite each other in the KIE repository.
    ReleaseId releaseId = kie.newReleaseId("org.wechatdesk", "rules", "build-" + UUID.randomUUID());
    KieFileSystem files = kie.newKieFileSystem();
    files.generateAndWritePomXML(releaseId);
    files.write("src/main/resources/" + folderOf(drl) + "submitted.drl", drl);
    KieBuilder builder = kie.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      kie.getRepository().removeKieModule(releaseId);
      throw new RuleSetRejectedException(
          errors.stream()
              .map(
                  m ->
                      new CompilerMessage(
                          m.getLevel().name(), m.getLine(), m.getColumn(), m.getText().strip()))
              .toList());
    }
    KieBase base = kie.newKieContainer(releaseId).getKieBase();
    kie.getRepository().removeKieModule(releaseId);
    return base;
  }

  /** The folder matching the DRL's package, where the KIE builder expects the file. */
  private static String folderOf(String drl) {
    Matcher declared = PACKAGE.matcher(drl);
    return declared.find() ? declared.group(1).replace('.', '/') + "/" : "";
  }
}
