package fr.logementaccompagne.engine.migration.webapp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.logementaccompagne.engine.reporting.webapp.WebappRequests;
import fr.logementaccompagne.migration.CaseMigrations;
import fr.logementaccompagne.migration.MigrationRequest;
import fr.logementaccompagne.refusal.NotFoundException;
import fr.logementaccompagne.refusal.Refusal;
import fr.logementaccompagne.security.Caller;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * {@code POST /camunda/api/cockpit/plugin/case-migrations/{engine}/preview} and {@code .../execute}, with the
 * Cockpit session and its CSRF token: the dry run and the move of {@link CaseMigrations}, managers and
 * administrators only, as on {@code /api/admin/migrations}; refusals answered in French.
 */
@Path("plugin/" + CaseMigrationsPlugin.ID)
public class CaseMigrationsResource extends AbstractCockpitPluginRootResource {

  @Context
  private ServletContext servletContext;

  public CaseMigrationsResource() {
    super(CaseMigrationsPlugin.ID);
  }

  @POST
  @Path("{engine}/preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response preview(@PathParam("engine") String engine, String body) {
    return answer(engine, body, request -> migrations().preview(request));
  }

  @POST
  @Path("{engine}/execute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response execute(@PathParam("engine") String engine, String body) {
    return answer(engine, body, request -> migrations().execute(request, WebappRequests.caller(engine).userId()));
  }

  private Response answer(String engine, String body, Function<MigrationRequest, Object> action) {
    Caller caller = WebappRequests.caller(engine);
    if (!(caller.isAdministrator() || caller.isManager())) {
      return refusal(Response.Status.FORBIDDEN, "Réservé aux responsables");
    }
    MigrationRequest request;
    try {
      request = WebappRequests.bean(servletContext, ObjectMapper.class).readValue(body, MigrationRequest.class);
    } catch (JsonProcessingException unreadable) {
      return refusal(Response.Status.BAD_REQUEST, "Demande illisible : " + unreadable.getOriginalMessage());
    }
    try {
      return WebappRequests.json(servletContext, action.apply(request));
    } catch (RuntimeException refused) {
      if (!(refused instanceof Refusal)) {
        throw refused;
      }
      return refusal(refused instanceof NotFoundException ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST,
          refused.getMessage());
    }
  }

  private CaseMigrations migrations() {
    return WebappRequests.bean(servletContext, CaseMigrations.class);
  }

  private Response refusal(Response.Status status, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(WebappRequests.json(servletContext, Map.of("message", message)).getEntity()).build();
  }
}
