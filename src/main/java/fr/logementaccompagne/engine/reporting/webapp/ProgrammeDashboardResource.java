package fr.logementaccompagne.engine.reporting.webapp;

import fr.logementaccompagne.engine.reporting.webapp.WebappRequests;

import fr.logementaccompagne.engine.reporting.webapp.ProgrammeDashboardPlugin;

import fr.logementaccompagne.reporting.CaseTimelineRepository;
import fr.logementaccompagne.reporting.CsvTable;
import fr.logementaccompagne.reporting.ProgrammeReport;
import fr.logementaccompagne.reporting.ProgrammeReports;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Cockpit plugin resources under {@code /camunda/api/cockpit/plugin/programme-dashboard/{engine}/...}, read with the
 * Cockpit session (the webapps' security filter requires it; reads need no CSRF token, writes would). The figures
 * are those of {@code /api/reports/programme}, in the same scope.
 */
@Path("plugin/" + ProgrammeDashboardPlugin.ID)
public class ProgrammeDashboardResource extends AbstractCockpitPluginRootResource {

  @Context
  private ServletContext servletContext;

  public ProgrammeDashboardResource() {
    super(ProgrammeDashboardPlugin.ID);
  }

  @GET
  @Path("{engine}/programme")
  @Produces(MediaType.APPLICATION_JSON)
  public Response programme(@PathParam("engine") String engine, @QueryParam("year") Integer year) {
    return WebappRequests.json(servletContext, report(engine, year));
  }

  /** One table as the same CSV as /api/reports/programme, for the dashboard's download links. */
  @GET
  @Path("{engine}/programme/{table}.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("engine") String engine, @PathParam("table") String table,
                      @QueryParam("year") Integer year) {
    ProgrammeReport report = report(engine, year);
    return report.table(table)
        .map(chosen -> Response.ok(CsvTable.of(chosen), "text/csv; charset=UTF-8")
            .header("Content-Disposition", "attachment; filename=\"programme-" + report.year() + "-" + chosen.id()
                + ".csv\"").build())
        .orElseGet(() -> WebappRequests.notFound("Tableau inconnu ou hors de votre périmètre"));
  }

  private ProgrammeReport report(String engine, Integer year) {
    return WebappRequests.bean(servletContext, ProgrammeReports.class).of(year(year), WebappRequests.caller(engine));
  }

  /** The year asked for, or this year when none or an unlikely one is asked. */
  private int year(Integer year) {
    int current = Year.now(WebappRequests.bean(servletContext, Clock.class)).getValue();
    return year == null || year < 2000 || year > current + 1 ? current : year;
  }

  @GET
  @Path("{engine}/cases/{processInstanceId}/timeline")
  @Produces(MediaType.APPLICATION_JSON)
  public Response timeline(@PathParam("engine") String engine,
                           @PathParam("processInstanceId") String processInstanceId) {
    return answer(timelines().ofProcessInstance(processInstanceId, WebappRequests.caller(engine)));
  }

  /** A case's timeline by its reference, ended or not (Cockpit CE has no page for an ended instance). */
  @GET
  @Path("{engine}/cases/by-reference/{caseReference}/timeline")
  @Produces(MediaType.APPLICATION_JSON)
  public Response timelineOfCase(@PathParam("engine") String engine,
                                 @PathParam("caseReference") String caseReference) {
    return answer(timelines().ofCase(caseReference, WebappRequests.caller(engine)));
  }

  private CaseTimelineRepository timelines() {
    return WebappRequests.bean(servletContext, CaseTimelineRepository.class);
  }

  /** Unknown and out of scope answer alike. */
  private Response answer(Optional<CaseTimelineRepository.Timeline> timeline) {
    return timeline.map(found -> WebappRequests.json(servletContext, found))
        .orElseGet(() -> WebappRequests.notFound("Dossier inconnu ou hors de votre périmètre"));
  }

  /** The cases of the caller's scope closed in the year, to open their timeline from the programme page. */
  @GET
  @Path("{engine}/cases/ended")
  @Produces(MediaType.APPLICATION_JSON)
  public Response endedCases(@PathParam("engine") String engine, @QueryParam("year") Integer year) {
    return WebappRequests.json(servletContext, timelines().endedIn(year(year), WebappRequests.caller(engine)));
  }

  /**
   * Whether the caller reads the whole programme: the plugin hides Cockpit's own engine-wide blocks (running
   * instances, incidents, deployments) from the others, who may not read those statistics (ProgrammeFiguresFilter).
   * Whether the caller may act on cases in Cockpit: only an administrator may (suspend, cancel, retry, change a
   * variable or a task's groups, delete a deployment); the others see no button the engine would refuse.
   */
  @GET
  @Path("{engine}/viewer")
  @Produces(MediaType.APPLICATION_JSON)
  public Response viewer(@PathParam("engine") String engine) {
    var caller = WebappRequests.caller(engine);
    return WebappRequests.json(servletContext,
        Map.of("wholeProgramme", caller.isAdministrator() || caller.isManager(),
            "mayAct", caller.isAdministrator()));
  }
}
