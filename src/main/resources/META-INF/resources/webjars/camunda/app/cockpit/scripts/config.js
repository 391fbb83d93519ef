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
  locales: {
    availableLocales: [locale],
    fallbackLocale: locale
  }
};
