package org.wechatdesk.channel.h5;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.AccountError;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.ReadModel;

/**
 * WeChat checks a web-authorization domain (网页授权域名) by fetching a file it gives the admin, such as
 * {@code MP_verify_AbCd1234.txt}, from the domain's root. The admin uploads that file here once per
 * account and the desk serves it, so the H5 page's domain needs nothing else in front of the desk.
 */
@ReadModel({"desk.official_account"})
@RestController
class DomainVerificationFiles {

  static final Pattern FILE_NAME = Pattern.compile("MP_verify_[A-Za-z0-9]{1,48}\\.txt");
  private static final Pattern CONTENT = Pattern.compile("[A-Za-z0-9]{1,64}");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;

  DomainVerificationFiles(JdbcClient jdbc, Clock clock, AuditLog audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
  }

  @GetMapping("/api/admin/accounts/{accountId}/domain-verification")
  ResponseEntity<VerificationFile> show(@PathVariable long accountId) {
    return ResponseEntity.of(find(accountId));
  }

  @PutMapping("/api/admin/accounts/{accountId}/domain-verification")
  @Transactional
  VerificationFile save(@PathVariable long accountId, @RequestBody VerificationFile file) {
    file.validate();
    requireAccount(accountId);
    VerificationFile before = find(accountId).orElse(null);
    jdbc.sql("delete from desk.domain_verification_file where account_id = ?")
        .param(accountId)
        .update();
    try {
      jdbc.sql(
              """
              insert into desk.domain_verification_file (account_id, file_name, content, updated_at)
              values (?, ?, ?, ?)""")
          .params(accountId, file.fileName(), file.content().strip(), DbTime.of(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("fileName", H5Error.VERIFICATION_FILE_TAKEN);
    }
    VerificationFile after = find(accountId).orElseThrow();
    audit.record("account.domain-verification", AuditTarget.ACCOUNT, accountId, before, after);
    return after;
  }

  @DeleteMapping("/api/admin/accounts/{accountId}/domain-verification")
  @Transactional
  void remove(@PathVariable long accountId) {
    VerificationFile before =
        find(accountId)
            .orElseThrow(
                () -> new NotFoundException(H5Error.NO_VERIFICATION_FILE, "accountId", accountId));
    jdbc.sql("delete from desk.domain_verification_file where account_id = ?")
        .param(accountId)
        .update();
    audit.record("account.domain-verification", AuditTarget.ACCOUNT, accountId, before, null);
  }

  /** The file as WeChat fetches it: at the root, as plain text, without a login. */
  @GetMapping(
      path = "/{fileName:MP_verify_[A-Za-z0-9]{1,48}\\.txt}",
      produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> serve(@PathVariable String fileName) {
    return ResponseEntity.of(
        jdbc.sql("select content from desk.domain_verification_file where file_name = ?")
            .param(fileName)
            .query(String.class)
            .optional());
  }

  private Optional<VerificationFile> find(long accountId) {
    return jdbc.sql(
            "select file_name, content from desk.domain_verification_file where account_id = ?")
        .param(accountId)
        .query((rs, n) -> new VerificationFile(rs.getString("file_name"), rs.getString("content")))
        .optional();
  }

  private void requireAccount(long accountId) {
    if (jdbc.sql("select count(*) from desk.official_account where id = ?")
            .param(accountId)
            .query(Long.class)
            .single()
        == 0) {
      throw new NotFoundException(AccountError.NOT_FOUND, "id", accountId);
    }
  }

  record VerificationFile(String fileName, String content) {
    void validate() {
      Map<String, ApiError> errors = new HashMap<>();
      if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
        errors.put("fileName", ApiError.of(H5Error.VERIFICATION_FILE_NAME));
      }
      if (content == null || !CONTENT.matcher(content.strip()).matches()) {
        errors.put("content", ApiError.of(H5Error.VERIFICATION_FILE_CONTENT));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
  }
}
