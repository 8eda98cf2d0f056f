package org.wechatdesk.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDatasourceConfiguration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Gives Camunda the desk's data source (and so its transactions) with one correction to table
 * lookups.
 *
 * <p>The embedded H2 default keeps identifiers in lower case ({@code DATABASE_TO_LOWER}), so that
 * the desk's PostgreSQL-shaped SQL and Flyway's quoted {@code "desk"} schema work unchanged.
 * Camunda's schema update asks JDBC metadata for its tables by their upper-case names and lowers
 * them for PostgreSQL only: on H2 it found none on the second start and failed creating them again
 * (ENGINE-03017). Table names asked of the metadata are therefore given in the case the database
 * stores, as JDBC expects of callers.
 */
@Component
class CamundaDataSource extends DefaultDatasourceConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    super.preInit(configuration);
    DataSource target =
        ((TransactionAwareDataSourceProxy) configuration.getDataSource()).getTargetDataSource();
    configuration.setDataSource(new StoredCaseTableLookup(target));
  }

  /**
   * Still a transaction-aware proxy of the same data source, so Camunda joins the desk's
   * transactions.
   */
  static final class StoredCaseTableLookup extends TransactionAwareDataSourceProxy {

    StoredCaseTableLookup(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = super.getConnection();
      return proxy(
          Connection.class,
          connection,
          (method, args) ->
              "getMetaData".equals(method.getName())
                  ? storedCaseMetadata(connection.getMetaData())
                  : method.invoke(connection, args));
    }

    private static DatabaseMetaData storedCaseMetadata(DatabaseMetaData metadata) {
      return proxy(
          DatabaseMetaData.class,
          metadata,
          (method, args) -> {
            if ("getTables".equals(method.getName()) && args[2] instanceof String table) {
              args[2] =
                  metadata.storesLowerCaseIdentifiers()
                      ? table.toLowerCase(Locale.ROOT)
                      : metadata.storesUpperCaseIdentifiers()
                          ? table.toUpperCase(Locale.ROOT)
                          : table;
            }
            return method.invoke(metadata, args);
          });
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            // Identity, like the transaction-aware connection it wraps: a proxy equals itself only.
            if ("equals".equals(method.getName()) && args.length == 1) {
              return proxy == args[0];
            }
            if ("hashCode".equals(method.getName()) && args == null) {
              return System.identityHashCode(proxy);
            }
            try {
              return call.invoke(method, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return type.cast(
          Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private interface Call {
      Object invoke(Method method, Object[] args) throws Exception;
    }
  }
}
