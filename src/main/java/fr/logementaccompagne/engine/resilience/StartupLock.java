package fr.logementaccompagne.engine.resilience;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Nodes started together on one PostgreSQL database come up one after the other (ADR 25): a node holds a
 * database-wide advisory lock from its first schema work (Flyway's migrations or the engine's schema creation,
 * whichever comes first) until it is ready — engine schema, deployments, role groups and authorizations, the
 * administrator and the demo data created. The next node then finds all of it in place instead of failing on a
 * duplicate key. The lock is a session lock: a node that dies while starting releases it with its connection. On
 * H2 (one node by nature) nothing is locked.
 */
@Configuration(proxyBeanMethods = false)
public class StartupLock extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** Any number of our own, the same on every node; Flyway's own lock uses another. */
  static final long KEY = 0x4C41_5354_4152_54L;

  private final DataSource dataSource;
  private Connection holder;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Bean
  FlywayMigrationStrategy migrationsAfterStartupLock() {
    return flyway -> {
      acquire();
      flyway.migrate();
    };
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /** Takes the lock once, waiting for a node that is starting; nothing on a database other than PostgreSQL. */
  synchronized void acquire() {
    if (holder != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      long since = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
      }
      holder = connection;
      LOG.info("Startup lock taken after {} ms", (System.nanoTime() - since) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the startup lock on the database", e);
    }
  }

  /** After the other start-up listeners (role groups, authorizations, demo users and pathways). */
  @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
  @Order(Ordered.LOWEST_PRECEDENCE)
  public synchronized void release() {
    if (holder == null) {
      return;
    }
    try (Connection connection = holder; Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      LOG.warn("Startup lock not released cleanly (it goes with its connection): {}", e.toString());
    } finally {
      holder = null;
    }
  }
}
