/*
 * « Migrations » in Cockpit (docs/adr/0030): managers try (dry run) then move the running cases of a process to
 * its new version, as with /api/admin/migrations, in the Cockpit session. Nothing is loaded from the internet.
 */
const PLUGIN = 'case-migrations';

function escape(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function post(api, action, request) {
  return fetch(`${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}/${action}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    body: JSON.stringify(request)
  }).then(response => response.json().catch(() => ({})).then(body => {
    if (!response.ok) throw new Error(body.message || `Erreur ${response.status}`);
    return body;
  }));
}

/** Lines "name=value" as an object; numbers and oui/non/true/false typed, the rest as text. */
function pairs(text, typed) {
  const result = {};
  text.split('\n').map(line => line.trim()).filter(Boolean).forEach(line => {
    const at = line.indexOf('=');
    if (at < 1) return;
    const key = line.slice(0, at).trim();
    let value = line.slice(at + 1).trim();
    if (typed) {
      if (/^(true|oui)$/i.test(value)) value = true;
      else if (/^(false|non)$/i.test(value)) value = false;
      else if (/^-?\d+([.,]\d+)?$/.test(value)) value = Number(value.replace(',', '.'));
    }
    result[key] = value;
  });
  return result;
}

function casesTable(title, lines, withReasons) {
  const head = '<th>Dossier</th><th>Version</th><th>Étapes en cours</th>' + (withReasons ? '<th>Pourquoi</th>' : '');
  const rows = lines.length === 0
    ? `<tr><td colspan="${withReasons ? 4 : 3}"><em>Aucun dossier</em></td></tr>`
    : lines.map(line => `<tr data-case="${escape(line.caseReference || line.processInstanceId)}">`
      + `<td>${escape(line.caseReference || line.processInstanceId)}</td><td>${escape(line.fromVersion)}</td>`
      + `<td>${escape(line.steps.join(', '))}</td>`
      + (withReasons ? `<td><ul>${line.reasons.map(r => `<li>${escape(r)}</li>`).join('')}</ul></td>` : '')
      + '</tr>').join('');
  return `<h4>${escape(title)} (${lines.length})</h4><table class="table table-condensed cam-table la-migration-table">`
    + `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const FORM = `<style>
  .la-migrations textarea { width: 100%; font-family: monospace; } .la-migrations .form-group { margin-bottom: 10px; }
  .la-migration-table { width: auto; min-width: 60%; } .la-migration-table th { background: #f2f2f2; }
  .la-migration-table ul { margin: 0; padding-left: 16px; }
</style>
<div class="la-migrations" style="max-height: calc(100vh - 120px); overflow: auto; padding: 0 15px">
  <h2>Déplacer les dossiers en cours vers une nouvelle version</h2>
  <p>Après le déploiement d'une nouvelle version par un analyste : simulez d'abord (rien ne change), lisez quels
    dossiers peuvent passer et pourquoi les autres ne le peuvent pas, puis déplacez-les. Chaque déplacement est
    enregistré.</p>
  <div class="form-group"><label for="la-process">Processus (clé)</label>
    <input id="la-process" class="form-control" list="la-processes" value="access-pathway">
    <datalist id="la-processes"></datalist></div>
  <div class="form-group"><label for="la-from">Depuis la version (vide : toutes les anciennes)</label>
    <input id="la-from" class="form-control" type="number" min="1"></div>
  <div class="form-group"><label for="la-to">Vers la version (vide : la dernière)</label>
    <input id="la-to" class="form-control" type="number" min="1"></div>
  <div class="form-group"><label for="la-mappings">Correspondances d'étapes renommées, une par ligne :
    ancienne_étape=nouvelle_étape</label><textarea id="la-mappings" rows="3"></textarea></div>
  <div class="form-group"><label for="la-variables">Valeurs des variables manquantes, une par ligne :
    nom=valeur (données aux seuls dossiers qui ne l'ont pas)</label><textarea id="la-variables" rows="3"></textarea></div>
  <button type="button" class="btn btn-default la-preview">Simuler (aucun changement)</button>
  <button type="button" class="btn btn-primary la-execute" disabled>Déplacer les dossiers</button>
  <div class="la-result" style="margin-top: 16px"></div>
</div>`;

function render(node, api) {
  node.innerHTML = FORM;
  const field = id => node.querySelector(`#${id}`);
  const result = node.querySelector('.la-result');
  const executeButton = node.querySelector('.la-execute');
  fetch(`${api.engineApi}/process-definition?latestVersion=true`, { credentials: 'same-origin',
    headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : []))
    .then(definitions => {
      field('la-processes').innerHTML = definitions.map(d => `<option value="${escape(d.key)}">`
        + `${escape(d.name || d.key)} (version ${escape(d.version)})</option>`).join('');
    }).catch(() => {});
  const request = () => ({
    processKey: field('la-process').value.trim(),
    fromVersion: field('la-from').value ? Number(field('la-from').value) : null,
    toVersion: field('la-to').value ? Number(field('la-to').value) : null,
    mappings: pairs(field('la-mappings').value, false),
    variables: pairs(field('la-variables').value, true)
  });
  const show = report => {
    result.innerHTML = `<p class="alert ${report.executed ? 'alert-success' : 'alert-info'} la-summary">`
      + `${escape(report.summary)}</p>`
      + casesTable(report.executed ? 'Dossiers déplacés' : 'Peuvent passer', report.movable, false)
      + casesTable(report.executed ? 'Laissés sur leur version' : 'Ne peuvent pas passer', report.blocked, true);
  };
  const fail = error => {
    result.innerHTML = `<p class="alert alert-danger la-error">${escape(error.message)}</p>`;
  };
  node.querySelector('.la-preview').addEventListener('click', () => {
    result.innerHTML = '<p>Simulation…</p>';
    post(api, 'preview', request()).then(report => {
      show(report);
      executeButton.disabled = report.movable.length === 0;
    }).catch(fail);
  });
  executeButton.addEventListener('click', () => {
    if (!window.confirm('Déplacer les dossiers qui peuvent passer vers la nouvelle version ?')) return;
    executeButton.disabled = true;
    post(api, 'execute', request()).then(show).catch(fail);
  });
}

export default [
  {
    id: 'la-migrations-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 40,
    render: node => { node.innerHTML = '<a href="#/migrations">Migrations</a>'; },
    properties: { path: '/migrations' }
  },
  {
    id: 'la-migrations-page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: (node, { api }) => render(node, api),
    properties: { path: '/migrations' }
  }
];
