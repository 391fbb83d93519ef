/*
 * Programme dashboard of the accompanied-housing programme in Cockpit (docs/adr/0021): a block on Cockpit's
 * dashboard, a page of its own ("Programme" in the navigation) and the "Parcours du ménage" tab of a process
 * instance. Figures come from this plugin's resources with the Cockpit session; charts are inline SVG drawn here,
 * each with its table underneath; nothing is loaded from the internet.
 */
const PLUGIN = 'programme-dashboard';

const CHARTS = {
  quotas: { label: 'quota', bars: [['used', 'Attributions'], ['remaining', 'Restant']] },
  households_by_status: {
    label: 'programme',
    bars: [['hosting', 'Hébergement'], ['slidingLease', 'Bail glissant'], ['directLease', 'Bail direct']]
  },
  legal_rhythm: { label: 'indicator', bars: [['cases', 'Dossiers']] },
  envelope: { label: null, bars: [['committedEur', 'Engagé'], ['remainingEur', 'Reste']] },
  committed_by_lot: { label: 'territory', prefix: 'lot', bars: [['committedEur', 'Engagé (EUR)']] },
  maintien_stages: { label: 'stage', bars: [['cases', 'Dossiers']] },
  maintien_outcomes: { label: 'outcome', bars: [['cases', 'Dossiers']] },
  evaluation_trends: {
    label: 'programme', prefix: 'quarter', suffix: 'theme',
    bars: [['improvingPct', 'En progrès'], ['stablePct', 'Stables'], ['degradingPct', 'En recul']]
  },
  waiting_referrals: { label: 'territory', bars: [['medianDays', 'Attente médiane (jours)']] }
};
const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'];

function escape(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Values as French users read them: dd/mm/yyyy, decimal commas, Oui/Non, nothing for null. */
function french(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') return value.toLocaleString('fr-FR');
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return date ? `${date[3]}/${date[2]}/${date[1]}` : String(value);
}

function get(api, path) {
  return fetch(`${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}/${path}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
  }).then(response => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  });
}

function tableHtml(table) {
  const head = table.columns.map(c => `<th>${escape(c.label)}</th>`).join('');
  const rows = table.rows.length === 0
    ? `<tr><td colspan="${table.columns.length}"><em>Aucune donnée dans votre périmètre</em></td></tr>`
    : table.rows.map(row => '<tr>' + table.columns.map(c => {
      const value = row[c.key];
      const numeric = typeof value === 'number';
      return `<td${numeric ? ' style="text-align:right"' : ''}>${escape(french(value))}</td>`;
    }).join('') + '</tr>').join('');
  return `<table class="table table-condensed cam-table la-table" data-table="${escape(table.id)}">`
    + `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Horizontal bars, one group per row, one bar per series, with the value written at the end of each bar. */
function chartSvg(table) {
  const chart = CHARTS[table.id];
  if (!chart || table.rows.length === 0) return '';
  const rows = table.rows.slice(0, 24);
  const values = rows.flatMap(row => chart.bars.map(([key]) => Number(row[key]) || 0));
  const max = Math.max(1, ...values);
  const barHeight = 14;
  const groupHeight = chart.bars.length * barHeight + 10;
  const labelWidth = 260;
  const width = 720;
  const plot = width - labelWidth - 90;
  let y = 24;
  let body = chart.bars.map(([, name], i) =>
    `<rect x="${labelWidth + i * 150}" y="4" width="10" height="10" fill="${COLOURS[i]}"/>`
    + `<text x="${labelWidth + 14 + i * 150}" y="13" font-size="11">${escape(name)}</text>`).join('');
  rows.forEach((row, index) => {
    const parts = [chart.prefix && row[chart.prefix], chart.label ? row[chart.label] : table.title,
      chart.suffix && row[chart.suffix]].filter(Boolean);
    body += `<text x="0" y="${y + groupHeight / 2}" font-size="11">${escape(parts.join(' · ').slice(0, 44))}</text>`;
    chart.bars.forEach(([key], i) => {
      const value = Number(row[key]) || 0;
      const length = Math.round(plot * value / max);
      body += `<rect x="${labelWidth}" y="${y + i * barHeight}" width="${length}" height="${barHeight - 2}"`
        + ` fill="${COLOURS[i]}"><title>${escape(french(row[key]))}</title></rect>`
        + `<text x="${labelWidth + length + 4}" y="${y + i * barHeight + 10}" font-size="10">`
        + `${escape(french(row[key]))}</text>`;
    });
    y += groupHeight;
  });
  return `<svg class="la-chart" role="img" aria-label="${escape(table.title)}" width="${width}" height="${y + 4}"`
    + ` viewBox="0 0 ${width} ${y + 4}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

function section(api, report, table) {
  const csv = `${api.cockpitApi}/plugin/${PLUGIN}/${api.engine}/programme/${table.id}.csv?year=${report.year}`;
  return `<section class="la-section" id="la-${escape(table.id)}"><h3>${escape(table.title)}</h3>`
    + chartSvg(table) + tableHtml(table)
    + `<p><a href="${csv}" download>Télécharger en CSV</a></p></section>`;
}

const STYLE = `<style>
  .la-dashboard h2 { margin-top: 0; } .la-section { margin-bottom: 28px; }
  .la-table { width: auto; min-width: 50%; } .la-table th { background: #f2f2f2; }
  .la-chart { display: block; margin: 8px 0; max-width: 100%; height: auto; }
  .la-timeline li { margin-bottom: 8px; } .la-timeline .la-date { font-weight: bold; display: inline-block; width: 95px; }
</style>`;

function renderReport(node, api, year, only) {
  node.innerHTML = STYLE + '<p>Chargement des chiffres du programme…</p>';
  get(api, `programme?year=${year}`).then(report => {
    const thisYear = new Date().getFullYear();
    const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1]
      .map(y => `<option value="${y}"${y === report.year ? ' selected' : ''}>${y}</option>`).join('');
    const tables = report.tables.filter(table => !only || only.includes(table.id));
    // the page of its own scrolls in itself: Cockpit's route container does not
    const scroll = only ? '' : ' style="max-height: calc(100vh - 120px); overflow: auto; padding: 0 15px"';
    node.innerHTML = STYLE + `<div class="la-dashboard"${scroll}><h2>Programme logement accompagné ${report.year}</h2>`
      + `<p>Périmètre : <strong>${escape(report.scope)}</strong> — chiffres au ${escape(french(report.asOf))}`
      + (only ? ' — <a href="#/programme">tableau de bord complet</a>'
        : ` — année <select class="la-year">${years}</select>`) + '</p>'
      + tables.map(table => section(api, report, table)).join('')
      + (only ? '' : caseLookup(api, report.year)) + '</div>';
    if (!only) wireCaseLookup(node, api, report.year);
    const select = node.querySelector('.la-year');
    if (select) select.addEventListener('change', () => renderReport(node, api, Number(select.value), only));
  }).catch(error => {
    node.innerHTML = `<p class="alert alert-danger">Chiffres du programme indisponibles (${escape(error.message)}).</p>`;
  });
}

function timelineHtml(timeline) {
  const events = timeline.events.map(event => `<li data-kind="${escape(event.kind)}">`
    + `<span class="la-date">${escape(french(event.date))}</span> <strong>${escape(event.title)}</strong>`
    + (event.detail ? ` — ${escape(event.detail)}` : '') + '</li>').join('');
  return `<div class="la-case"><h3>Dossier ${escape(timeline.caseReference)}`
    + ` — ${escape(timeline.pathway)}</h3>`
    + `<p>Partenaire : ${escape(timeline.partner || '—')} ; territoire : ${escape(timeline.territory || '—')} ;`
    + ` logement : ${escape(timeline.dwelling || 'pas encore attribué')}</p>`
    + `<ul class="list-unstyled la-timeline">${events}</ul></div>`;
}

function renderTimeline(node, api, processInstanceId) {
  node.innerHTML = STYLE + '<p>Chargement du parcours…</p>';
  get(api, `cases/${encodeURIComponent(processInstanceId)}/timeline`).then(timeline => {
    node.innerHTML = STYLE + timelineHtml(timeline);
  }).catch(() => {
    node.innerHTML = '<p>Ce processus n\'est pas un dossier du programme, ou il est hors de votre périmètre.</p>';
  });
}

/**
 * The timeline of any case of the caller's scope, ended ones included (Cockpit CE has no page for an ended
 * process instance): typed by its reference, or chosen among the cases closed in the year.
 */
function caseLookup(api, year) {
  return `<section class="la-section la-case-lookup"><h3>Parcours d'un dossier, en cours ou clos</h3>`
    + '<form class="form-inline la-lookup"><label for="la-case-reference">Référence du dossier</label> '
    + '<input id="la-case-reference" class="form-control" placeholder="ACC-2026-000123" required> '
    + '<button type="submit" class="btn btn-default">Afficher le parcours</button></form>'
    + `<div class="la-lookup-result"></div><h4>Dossiers clos en ${year}</h4><div class="la-ended">Chargement…</div>`
    + '</section>';
}

function wireCaseLookup(node, api, year) {
  const result = node.querySelector('.la-lookup-result');
  const show = reference => {
    result.innerHTML = '<p>Chargement du parcours…</p>';
    get(api, `cases/by-reference/${encodeURIComponent(reference.trim())}/timeline`)
      .then(timeline => { result.innerHTML = timelineHtml(timeline); })
      .catch(() => { result.innerHTML = '<p class="alert alert-warning">Dossier inconnu ou hors de votre périmètre.</p>'; });
  };
  node.querySelector('.la-lookup').addEventListener('submit', event => {
    event.preventDefault();
    show(node.querySelector('#la-case-reference').value);
  });
  const ended = node.querySelector('.la-ended');
  get(api, `cases/ended?year=${year}`).then(cases => {
    ended.innerHTML = cases.length === 0 ? '<p><em>Aucun dossier clos cette année dans votre périmètre</em></p>'
      : '<table class="table table-condensed cam-table la-table la-ended-cases"><thead><tr><th>Dossier</th>'
        + '<th>Parcours</th><th>Clos le</th><th>Issue</th></tr></thead><tbody>'
        + cases.map(c => `<tr><td><a href data-case="${escape(c.caseReference)}">${escape(c.caseReference)}</a></td>`
          + `<td>${escape(c.pathway)}</td><td>${escape(french(c.closedOn))}</td><td>${escape(c.outcome || '')}</td></tr>`)
          .join('') + '</tbody></table>';
    ended.querySelectorAll('a[data-case]').forEach(link => link.addEventListener('click', event => {
      event.preventDefault();
      node.querySelector('#la-case-reference').value = link.dataset.case;
      show(link.dataset.case);
    }));
  }).catch(error => {
    ended.innerHTML = `<p class="alert alert-danger">Dossiers clos indisponibles (${escape(error.message)}).</p>`;
  });
}

/**
 * Cockpit's own dashboard blocks count the whole engine; an agency, a coordinator or an analyst may not read
 * those statistics (they get no figures, not an error). Their dashboard is the programme block, in their scope:
 * the class hides the engine-wide blocks (cockpit user-styles.css). Cockpit's action buttons stay hidden unless
 * the caller may act (an administrator): the others only read, and the engine would refuse them.
 */
function markScope(api) {
  get(api, 'viewer').then(viewer => {
    document.body.classList.toggle('la-scoped', !viewer.wholeProgramme);
    document.body.classList.toggle('la-may-act', viewer.mayAct === true);
  }).catch(() => document.body.classList.add('la-scoped'));
}

export default [
  {
    id: 'la-programme-dashboard-summary',
    pluginPoint: 'cockpit.dashboard',
    priority: 10,
    render: (node, { api }) => renderReport(node, api, new Date().getFullYear(),
      ['quotas', 'envelope', 'legal_rhythm'])
  },
  {
    id: 'la-programme-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    render: (node, { api }) => {
      node.innerHTML = '<a href="#/programme">Programme</a>';
      markScope(api);
    },
    properties: { path: '/programme' }
  },
  {
    id: 'la-programme-page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    render: (node, { api }) => renderReport(node, api, new Date().getFullYear(), null),
    properties: { path: '/programme' }
  },
  {
    id: 'la-case-timeline',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    render: (node, { api, processInstanceId }) => renderTimeline(node, api, processInstanceId),
    properties: { label: 'Parcours du ménage' }
  }
];
