package fr.logementaccompagne.migration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The journal of the cases moved to a newer version of their process (ADR 22): who moved which case, when. */
@Repository
public class CaseMigrationRepository {

  private final JdbcClient jdbc;

  public CaseMigrationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(MigrationReport.CaseLine line, String processKey, int toVersion, String movedBy) {
    jdbc.sql("""
            INSERT INTO case_migration (case_reference, process_instance_id, process_key, from_version,
                                        to_version, moved_by)
            VALUES (:reference, :instance, :key, :from, :to, :by)""")
        .param("reference", line.caseReference()).param("instance", line.processInstanceId())
        .param("key", processKey).param("from", line.fromVersion()).param("to", toVersion)
        .param("by", movedBy).update();
  }
}
