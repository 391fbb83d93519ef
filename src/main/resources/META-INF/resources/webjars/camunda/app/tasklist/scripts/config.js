/*
 * Project configuration of the Camunda webapp (replaces the webjar's default config.js, see docs/adr/0017).
 *
 * French by default, whatever the browser's language: the webapps pick the browser's first language when it is
 * available, so only the chosen locale is offered. English stays available on demand: open the app once with
 * ?locale=en on its page (for example /camunda/app/tasklist/default/?locale=en; the redirect from
 * /camunda/app/tasklist/ drops the query); ?locale=fr goes back. The choice is kept in the
 * browser (localStorage, key la.locale).
 */
const LOCALE_KEY = 'la.locale';
const SUPPORTED = ['fr', 'en'];
const requested = new URLSearchParams(window.location.search).get('locale');
if (SUPPORTED.includes(requested)) {
  window.localStorage.setItem(LOCALE_KEY, requested);
}
const stored = window.localStorage.getItem(LOCALE_KEY);
const locale = SUPPORTED.includes(stored) ? stored : 'fr';

export default {
  // French dates and validation messages in Camunda Forms (docs/adr/0020)
  customScripts: ['scripts/french-forms'],
  locales: {
    availableLocales: [locale],
    fallbackLocale: locale
  },
  // the webjar's default shortcuts, described in the chosen language
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: locale === 'fr' ? 'prendre en charge la tâche sélectionnée' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: locale === 'fr' ? 'aller au premier filtre de la liste' : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: locale === 'fr' ? 'aller à la première tâche de la liste' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: locale === 'fr' ? 'aller au premier champ du formulaire de la tâche' : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: locale === 'fr' ? 'ouvrir la fenêtre « Démarrer un processus »' : 'opens the start process modal dialog'
    }
  }
};
