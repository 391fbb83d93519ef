package fr.logementaccompagne.engine.demo;

import fr.logementaccompagne.process.Groups;
import fr.logementaccompagne.engine.security.RoleGroupsInitializer;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role of docs/design.md section 7, password {@code demo}, created once (the README lists them).
 * The administrator {@code demo} comes from {@code camunda.bpm.admin-user} in the demo profile. Nothing is created
 * against a read-only directory (profile {@code ldap}): its users are the directory's.
 */
@Component
@Profile("demo")
public class DemoUsers {

  public static final String PASSWORD = "demo";

  public record DemoUser(String id, String firstName, String lastName, String group) {
  }

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("marie.visa", "Marie", "Lefebvre (VISA)", Groups.partner("VISA")),
      new DemoUser("karim.armee", "Karim", "Benali (Armée du Salut)", Groups.partner("ARMEE_DU_SALUT")),
      new DemoUser("paul.apf", "Paul", "Deschamps (APF)", Groups.partner("APF")),
      new DemoUser("agence.lille", "Sophie", "Martin (agence Lille)", Groups.agency("LILLE")),
      new DemoUser("agence.roubaix", "Nadia", "Haddad (agence Roubaix-Tourcoing)", Groups.agency("ROUBAIX_TOURCOING")),
      new DemoUser("unite.prioritaire", "Julien", "Dubois (publics prioritaires)", Groups.PRIORITY_PUBLICS),
      new DemoUser("coord.metropole", "Isabelle", "Roussel (coordination Métropole)", Groups.coordinator("METROPOLE")),
      new DemoUser("presta.soliha", "Thomas", "Vandamme (SOLIHA)", Groups.provider("SOLIHA")),
      new DemoUser("responsable", "Catherine", "Lemaire (responsable)", Groups.MANAGERS),
      new DemoUser("analyste", "Antoine", "Caron (analyste)", Groups.ANALYSTS),
      new DemoUser("unite.contentieux", "Hélène", "Duhamel (unité contentieux)", Groups.LITIGATION));

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identityService;

  public DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(RoleGroupsInitializer.ORDER + 1)
  public void createMissingUsers() {
    if (identityService.isReadOnly()) {
      LOG.info("Read-only identity provider: demo users are not created, log in with directory accounts");
      return;
    }
    for (DemoUser demoUser : USERS) {
      if (identityService.createUserQuery().userId(demoUser.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demoUser.id());
      user.setFirstName(demoUser.firstName());
      user.setLastName(demoUser.lastName());
      user.setEmail(demoUser.id() + "@bailleur.example");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(demoUser.id(), demoUser.group());
    }
  }
}
