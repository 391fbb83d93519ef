package fr.logementaccompagne.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends (each execution and each row added to a batch), for the
 * benchmarks that print statements per pathway. Imported by a benchmark class only: it wraps the application's
 * data source, so every caller (engine, repositories, Flyway) goes through it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

  private static final AtomicLong STATEMENTS = new AtomicLong();

  /** Statements sent since the JVM started. */
  public static long statements() {
    return STATEMENTS.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
      return new CountingDataSource(dataSource);
    }
    return bean;
  }

  static final class CountingDataSource extends DelegatingDataSource {

    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counting(super.getConnection(username, password));
    }
  }

  private static Connection counting(Connection connection) {
    return proxy(Connection.class, connection, (method, result) -> result instanceof Statement statement
        ? proxy(interfaceOf(statement), statement, (call, ignored) -> {
          if (call.getName().equals("addBatch")
              || call.getName().startsWith("execute") && !call.getName().equals("executeBatch")) {
            STATEMENTS.incrementAndGet();
          }
          return ignored;
        })
        : result);
  }

  /** The most specific JDBC interface of a statement, so that callers casting to it keep working. */
  private static Class<? extends Statement> interfaceOf(Statement statement) {
    if (statement instanceof java.sql.CallableStatement) {
      return java.sql.CallableStatement.class;
    }
    return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
  }

  private interface AfterCall {
    Object after(java.lang.reflect.Method method, Object result);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<? extends T> type, T target, AfterCall after) {
    InvocationHandler handler = (self, method, args) -> {
      try {
        return after.after(method, method.invoke(target, args));
      } catch (InvocationTargetException thrown) {
        throw thrown.getCause();
      }
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
