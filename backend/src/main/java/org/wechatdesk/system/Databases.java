package org.wechatdesk.system;

import java.sql.DatabaseMetaData;
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
      return "PostgreSQL"
          .equals(
              JdbcUtils.extractDatabaseMetaData(
                  dataSource, DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database the desk runs on", e);
    }
  }
}
