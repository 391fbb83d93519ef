/*
 * Tasklist custom script (loaded through config.js customScripts; see docs/adr/0020): Camunda Forms in French.
 *
 * The form renderer Tasklist 7.24 ships (form-js 1.x) has no locale option:
 * - its date fields read and write dates in the browser's default locale (Intl.DateTimeFormat with no locale), so
 *   an English browser gets mm/dd/yyyy. While the webapps speak French, the default locale of Intl.DateTimeFormat
 *   is made fr-FR: dates are shown and typed dd/mm/yyyy whatever the browser; an explicit locale is left alone.
 * - its validation messages are English text. They are replaced by their French wording as they appear.
 * English (?locale=en, see config.js) keeps both as the webjar has them.
 */
const french = window.localStorage.getItem('la.locale') !== 'en';

const MESSAGES = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `La valeur doit être au moins ${min}.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `La valeur doit être au plus ${max}.`],
  [/^Field must have minimum length of (.+)\.$/, (min) => `Saisissez au moins ${min} caractères.`],
  [/^Field must have maximum length of (.+)\.$/, (max) => `Saisissez au plus ${max} caractères.`],
  [/^Field must match pattern .+\.$/, () => "La saisie n'a pas le format attendu."],
  [/^Field must be a valid email\.$/, () => 'Saisissez une adresse électronique valide.'],
  [/^Field must be a valid +international phone number\..*$/, () =>
    'Saisissez un numéro de téléphone international valide (par exemple +33320000000).'],
  [/^Value is not a number\.$/, () => "La valeur saisie n'est pas un nombre."],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (a, b) =>
    `Choisissez une valeur valide ; les deux plus proches sont ${a} et ${b}.`]
];

function frenchDatesByDefault() {
  const Native = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    return new Native(locales === undefined || locales === 'default' ? 'fr-FR' : locales, options);
  }
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = DateTimeFormat;
}

function translate(item) {
  const text = item.textContent.trim();
  for (const [english, wording] of MESSAGES) {
    const match = english.exec(text);
    if (match) {
      item.textContent = wording(...match.slice(1));
      return;
    }
  }
}

function frenchValidationMessages() {
  const translateAll = () => document.querySelectorAll('.fjs-form-field-error li').forEach(translate);
  new MutationObserver(translateAll).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

if (french) {
  frenchDatesByDefault();
  frenchValidationMessages();
}
