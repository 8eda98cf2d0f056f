package org.wechatdesk.bench.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * A fixed piece of work timed on the machine before each run, so that figures from machines of the
 * same kind can be compared as ratios: machines of this kind have differed by more than two to one
 * (the push benchmark's bare ceiling was 417 on one and 1,274 on another). One core's rate at
 * reading a push (parsing its XML and hashing it), and PostgreSQL's rates of round trips and of
 * commits from one connection, which is what each step of the desk spends besides its own code.
 */
final class MachineYardstick {

  private static final long MEASURE_NANOS = 2_000_000_000L;

  /** A fan's text as WeChat pushes it in plain mode. */
  private static final byte[] PUSH =
      """
      <xml><ToUserName><![CDATA[gh_yardstick]]></ToUserName>\
      <FromUserName><![CDATA[o_yardstick_fan]]></FromUserName>\
      <CreateTime>1796400000</CreateTime><MsgType><![CDATA[text]]></MsgType>\
      <Content><![CDATA[你好，请问什么时候发货？]]></Content><MsgId>24000000000000001</MsgId></xml>"""
          .getBytes(StandardCharsets.UTF_8);

  private MachineYardstick() {}

  static String measure(String postgresUrl) {
    return "yardstick: one core reads %,.0f pushes/s (XML parse and SHA-1); PostgreSQL from one connection %s"
        .formatted(pushesPerSecond(), database(postgresUrl));
  }

  private static double pushesPerSecond() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder parser = factory.newDocumentBuilder();
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      // The first round lets the JIT compile the loop; the second is the one counted.
      rate(() -> readOnce(parser, sha1));
      return rate(() -> readOnce(parser, sha1));
    } catch (GeneralSecurityException | ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void readOnce(DocumentBuilder parser, MessageDigest sha1) {
    try {
      sha1.update(PUSH);
      parser.reset();
      Document push = parser.parse(new ByteArrayInputStream(PUSH));
      if (sha1.digest()[0] == push.getDocumentElement().getChildNodes().getLength()) {
        Thread.onSpinWait();
      }
    } catch (IOException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String database(String url) {
    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute("create temporary table yardstick (n int)");
      rate(() -> execute(statement, "select 1"));
      double roundTrips = rate(() -> execute(statement, "select 1"));
      double commits = rate(() -> execute(statement, "insert into yardstick values (1)"));
      return "%,.0f round trips/s, %,.0f commits/s".formatted(roundTrips, commits);
    } catch (SQLException e) {
      return "unmeasured (" + e.getMessage() + ")";
    }
  }

  private static void execute(Statement statement, String sql) {
    try {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double rate(Runnable work) {
    long start = System.nanoTime();
    long count = 0;
    while (System.nanoTime() - start < MEASURE_NANOS) {
      work.run();
      count++;
    }
    return count * 1e9 / (System.nanoTime() - start);
  }
}
