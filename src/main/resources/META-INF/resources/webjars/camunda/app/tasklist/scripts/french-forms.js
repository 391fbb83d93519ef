/*
 * Tasklist custom script (loaded through config.js customScripts; see docs/adr/0020): Camunda Forms in French.
 *
 * The form renderer Tasklist 7.24 ships (form-js 1.x) has no locale option:
 * - its date fields read and write dates in the browser's default locale (Intl.DateTimeFormat with no locale), so
 *   an English browser gets mm/dd/yyyy. While the webapps speak French, the default locale of Intl.DateTimeFormat
 *   is made fr-FR: dates are shown and typed dd/mm/yyyy whatever the browser; an explicit locale is left alone.
 * - its validation messages are English text. They are replaced by their French wording as they appear, and so is
 *   the "Select" of an empty select field.
 * - its date picker (flatpickr, bundled in the webapps' deps.js, which publishes it as window.flatpickr) names
 *   months and days in English and starts weeks on Sunday: its default locale is made French, weeks from Monday.
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

const FLATPICKR_FRENCH = {
  weekdays: {
    shorthand: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    longhand: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
  },
  months: {
    shorthand: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    longhand: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
      'novembre', 'décembre']
  },
  firstDayOfWeek: 1,
  ordinal: day => (day > 1 ? '' : 'er'),
  rangeSeparator: ' au ',
  weekAbbreviation: 'Sem.',
  scrollTitle: 'Faire défiler pour changer la valeur',
  toggleTitle: 'Cliquer pour basculer',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'Année',
  monthAriaLabel: 'Mois',
  hourAriaLabel: 'Heure',
  minuteAriaLabel: 'Minute',
  time_24hr: true
};

/** Every date picker created from now on speaks French (flatpickr reads its default locale at creation). */
function frenchDatePicker() {
  if (window.flatpickr && typeof window.flatpickr.localize === 'function') {
    window.flatpickr.localize(FLATPICKR_FRENCH);
    // what screen readers say of a day: « 5 mars 2027 », not "March 5, 2027"
    window.flatpickr.setDefaults({ ariaDateFormat: 'j F Y' });
    return true;
  }
  return false;
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

/** form-js writes "Select" in an empty select field; the field's own label says what to choose. */
function frenchPlaceholder(display) {
  // the text node form-js drew is changed in place: replaced, form-js would draw its own again beside ours
  display.childNodes.forEach(node => {
    if (node.nodeType === Node.TEXT_NODE && node.nodeValue === 'Select') node.nodeValue = 'Choisir…';
  });
}

function frenchValidationMessages() {
  const translateAll = () => {
    document.querySelectorAll('.fjs-form-field-error li').forEach(translate);
    document.querySelectorAll('.fjs-select-placeholder').forEach(frenchPlaceholder);
  };
  new MutationObserver(translateAll).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

if (french) {
  frenchDatesByDefault();
  frenchValidationMessages();
  // deps.js is loaded before the custom scripts; should that change, try again once the page has loaded
  if (!frenchDatePicker()) window.addEventListener('load', frenchDatePicker);
}
