package org.wechatdesk.conversation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.NotFoundException;

/**
 * Versions of the conversation flow (admins only). An uploaded BPMN becomes the version new
 * conversations start on; running ones stay on theirs. A file the engine cannot parse is refused
 * with its {@link ProcessProblems}, and the running version stays.
 */
@RestController
@RequestMapping("/api/admin/processes")
class ProcessDeploymentController {

  static final String DEPLOYMENT_NAME = "admin-upload";
  static final String RESOURCE_NAME = "conversation.bpmn";

  private static final Logger log = LoggerFactory.getLogger(ProcessDeploymentController.class);

  private final RepositoryService repository;
  private final ConversationEngine engine;
  private final TransactionTemplate transactions;
  private final AuditLog audit;

  ProcessDeploymentController(
      RepositoryService repository,
      ConversationEngine engine,
      TransactionTemplate transactions,
      AuditLog audit) {
    this.repository = repository;
    this.engine = engine;
    this.transactions = transactions;
    this.audit = audit;
  }

  @GetMapping
  List<ProcessVersion> versions() {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(ConversationEngine.PROCESS_KEY)
        .orderByProcessDefinitionVersion()
        .desc()
        .list()
        .stream()
        .map(
            definition -> {
              Deployment deployment =
                  repository
                      .createDeploymentQuery()
                      .deploymentId(definition.getDeploymentId())
                      .singleResult();
              return new ProcessVersion(
                  definition.getId(),
                  definition.getVersion(),
                  deployment.getSource() != null ? deployment.getSource() : deployment.getName(),
                  deployment.getDeploymentTime().toInstant().toString(),
                  engine.conversationsRunning(definition.getId()));
            })
        .toList();
  }

  @GetMapping(value = "/{definitionId}/xml", produces = MediaType.APPLICATION_XML_VALUE)
  String xml(@PathVariable String definitionId) {
    ProcessDefinition definition =
        repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
    if (definition == null) {
      throw new NotFoundException(ConversationError.PROCESS_VERSION_NOT_FOUND, "id", definitionId);
    }
    try (var in = repository.getProcessModel(definitionId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The deployment and its audit entry share one transaction; it runs in a template rather than
   * under {@code @Transactional} because a rejected file must answer 400, and the engine's
   * exception marks any surrounding transaction for rollback.
   */
  @PostMapping(
      consumes = {
        MediaType.APPLICATION_XML_VALUE,
        MediaType.TEXT_XML_VALUE,
        MediaType.TEXT_PLAIN_VALUE
      })
  @ApiResponse(
      responseCode = "201",
      description = "Deployed; the same file again answers 200 with the running version",
      content = @Content(schema = @Schema(implementation = ProcessVersion.class)))
  @ApiResponse(
      responseCode = "400",
      description = "Refused; the running version stays",
      content = @Content(schema = @Schema(implementation = Rejected.class)))
  ResponseEntity<?> deploy(@RequestBody String bpmn, Authentication admin) {
    try {
      return transactions.execute(status -> deployAndRecord(bpmn, admin));
    } catch (ParseException e) {
      List<ProcessProblems.ProcessProblem> problems = ProcessProblems.of(e);
      return ResponseEntity.badRequest()
          .body(
              new Rejected(
                  ConversationError.PROCESS_REJECTED.code(),
                  Map.of("count", problems.size()),
                  problems));
    } catch (RuntimeException e) {
      log.warn("The engine refused an uploaded BPMN", e);
      return ResponseEntity.badRequest().body(ApiError.of(ConversationError.PROCESS_INVALID));
    }
  }

  private ResponseEntity<?> deployAndRecord(String bpmn, Authentication admin) {
    List<ProcessVersion> previous = versions();
    DeploymentWithDefinitions deployment =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(admin.getName())
            .enableDuplicateFiltering(true)
            .addString(RESOURCE_NAME, bpmn)
            .deployWithResult();
    List<ProcessDefinition> definitions = deployment.getDeployedProcessDefinitions();
    if (definitions == null || definitions.isEmpty()) {
      return ResponseEntity.ok(versions().get(0));
    }
    ProcessDefinition deployed = definitions.get(0);
    if (!ConversationEngine.PROCESS_KEY.equals(deployed.getKey()) || definitions.size() != 1) {
      repository.deleteDeployment(deployment.getId(), true);
      return ResponseEntity.badRequest()
          .body(
              ApiError.of(
                  ConversationError.PROCESS_WRONG_KEY, "key", ConversationEngine.PROCESS_KEY));
    }
    ProcessVersion created =
        new ProcessVersion(
            deployed.getId(),
            deployed.getVersion(),
            admin.getName(),
            deployment.getDeploymentTime().toInstant().toString(),
            0);
    audit.record(
        "process.deploy",
        AuditTarget.PROCESS,
        deployed.getId(),
        previous.isEmpty() ? null : previous.get(0),
        created);
    return ResponseEntity.status(HttpStatus.CREATED).body(created);
  }

  record ProcessVersion(
      String id, int version, String deployedBy, String deployedAt, long running) {}

  /** {@link org.wechatdesk.system.ApiError}'s shape, with the parser's problems. */
  record Rejected(
      String code, Map<String, Object> params, List<ProcessProblems.ProcessProblem> problems) {}
}
