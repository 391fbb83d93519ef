package fr.logementaccompagne.engine.deployment;

import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;

/**
 * A deployment asking for "changed resources only" (Camunda Modeler always does) is deployed whole when one of
 * its resources changed, and not at all when none did. Deployed alone, a changed form would never be seen (user
 * tasks find their form in their own deployment) and a changed diagram would lose its unchanged forms.
 */
class WholeReleaseRepositoryService extends RepositoryServiceImpl {

  @Override
  public DeploymentWithDefinitions deployWithResult(DeploymentBuilderImpl deploymentBuilder) {
    if (deploymentBuilder.isDeployChangedOnly()) {
      deploymentBuilder.enableDuplicateFiltering(false);
    }
    return super.deployWithResult(deploymentBuilder);
  }
}
