package fr.logementaccompagne.engine.reporting.webapp;

import fr.logementaccompagne.engine.reporting.webapp.WebappRequests;

import fr.logementaccompagne.engine.reporting.webapp.PartnerCasesPlugin;

import fr.logementaccompagne.reporting.PartnerCaseRepository;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** {@code GET /camunda/api/tasklist/plugin/mes-dossiers/{engine}/cases}: the caller's open cases, Tasklist session. */
@Path("plugin/" + PartnerCasesPlugin.ID)
public class PartnerCasesResource extends AbstractTasklistPluginRootResource {

  @Context
  private ServletContext servletContext;

  public PartnerCasesResource() {
    super(PartnerCasesPlugin.ID);
  }

  @GET
  @Path("{engine}/cases")
  @Produces(MediaType.APPLICATION_JSON)
  public Response cases(@PathParam("engine") String engine) {
    return WebappRequests.json(servletContext,
        WebappRequests.bean(servletContext, PartnerCaseRepository.class).of(WebappRequests.caller(engine)));
  }
}
