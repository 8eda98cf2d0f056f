package org.wechatdesk.system;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database the desk runs on, for the few statements only PostgreSQL has (row locks that skip
 * rather than wait): the embedded H2 runs one node, where they are not needed.
 */
public final class Databases {

  private Databases() {}

  public static boolean isPostgres(DataSource dataSource) {
    try {
      return JdbcUtils.extractDatabaseMetaData(dataSource, Databases::isPostgres);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the desk runs on", e);
    }
  }

  /** For a migration, which has a connection rather than the pool. */
  public static boolean isPostgres(DatabaseMetaData metaData) throws SQLException {
    return "PostgreSQL".equals(metaData.getDatabaseProductName());
  }
}
