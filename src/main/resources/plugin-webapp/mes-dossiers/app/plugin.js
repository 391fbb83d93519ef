/*
 * "Mes dossiers" in Tasklist (docs/adr/0021): a button of the navigation bar opens the caseworker's open cases,
 * even those where no task waits on them, read with the Tasklist session. A partner sees its association's cases
 * only; the list holds no programme-wide count.
 */
const PLUGIN = 'mes-dossiers';

function escape(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function french(value) {
  if (value === null || value === undefined) return '';
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return date ? `${date[3]}/${date[2]}/${date[1]}` : String(value);
}

const COLUMNS = [
  ['caseReference', 'Dossier'], ['pathway', 'Parcours'], ['status', 'Statut'], ['dwelling', 'Logement'],
  ['nextStep', 'Prochaine étape'], ['nextStepDue', 'Échéance'], ['lastReviewOn', 'Dernière revue'],
  ['lastReviewDecision', 'Décision de la revue']
];

function panel() {
  let node = document.getElementById('la-mes-dossiers');
  if (!node) {
    node = document.createElement('div');
    node.id = 'la-mes-dossiers';
    node.setAttribute('role', 'dialog');
    node.setAttribute('aria-label', 'Mes dossiers');
    node.style.cssText = 'position:fixed;top:60px;left:5%;right:5%;bottom:5%;z-index:2000;background:#fff;'
      + 'border:1px solid #999;box-shadow:0 4px 16px rgba(0,0,0,.3);padding:16px;overflow:auto;';
    document.body.appendChild(node);
  }
  return node;
}

function show(api) {
  const node = panel();
  node.style.display = 'block';
  node.innerHTML = '<p>Chargement de vos dossiers…</p>';
  fetch(`${api.tasklistApi}/plugin/${PLUGIN}/${api.engine}/cases`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  }).then(response => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }).then(cases => {
    const head = COLUMNS.map(([, label]) => `<th>${label}</th>`).join('');
    const rows = cases.length === 0
      ? `<tr><td colspan="${COLUMNS.length}"><em>Aucun dossier en cours</em></td></tr>`
      : cases.map(line => '<tr>' + COLUMNS.map(([key]) => `<td>${escape(french(line[key]))}</td>`).join('')
        + '</tr>').join('');
    node.innerHTML = '<button type="button" class="btn btn-default pull-right la-close">Fermer</button>'
      + `<h3>Mes dossiers en cours (${cases.length})</h3>`
      + `<table class="table table-condensed la-cases"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    node.querySelector('.la-close').addEventListener('click', () => { node.style.display = 'none'; });
  }).catch(error => {
    node.innerHTML = `<p class="alert alert-danger">Dossiers indisponibles (${escape(error.message)}).</p>`;
  });
}

export default {
  id: 'la-mes-dossiers',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node, { api }) => {
    node.innerHTML = '<a href class="la-open-cases" title="Les dossiers que vous suivez, même sans tâche en attente">'
      + '<span class="glyphicon glyphicon-folder-open"></span> Mes dossiers</a>';
    node.querySelector('a').addEventListener('click', event => {
      event.preventDefault();
      show(api);
    });
  }
};
