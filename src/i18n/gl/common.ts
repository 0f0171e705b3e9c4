// Galician messages: the bot's general texts (help, errors, roles, fallbacks).
import type en from '../en/common.js';

export default {
  'app.name': 'Asistente de secuencias',
  'help.title': 'Que podo facer por ti',
  'help.intro':
    'Guíote polas túas secuencias de vendas, paso a paso, aquí mesmo en Teams. Escribe unha destas ordes:',
  'help.yourRoles': 'Os teus roles: {roles}',
  'help.more': 'Todas as ordes ({count} máis)',
  'help.footer': 'Escribe como queiras: "Podes amosarme o que vén a continuación?" tamén funciona.',
  'command.help.usage': 'axuda',
  'command.help.description': 'Esta lista.',
  'command.language.usage': 'idioma: <idioma>',
  'command.language.description':
    'Escolle o idioma no que falo contigo, cando non é o que usa Teams: English, Tiếng Việt, Galego, हिंदी ou Polski.',
  'language.set': 'Desde agora falo contigo en {language}.',
  'language.ask': 'En que idioma queres que fale? Falo {languages}. Escribe por exemplo "idioma: Polski".',
  'language.unknown': 'Non falo "{text}". Falo {languages}.',
  'language.name.en': 'English',
  'language.name.vi': 'Tiếng Việt',
  'language.name.gl': 'Galego',
  'language.name.hi': 'हिंदी',
  'language.name.pl': 'Polski',
  'role.administrator': 'administrador',
  'role.sequenceManager': 'xestor de secuencias',
  'role.salesManager': 'xestor de vendas',
  'role.seller': 'vendedor',
  'unknown.reply': 'Sentímolo, non entendín "{text}".',
  'unknown.suggest': 'Quixeches dicir: {suggestions}? Escribe "axuda" para ver todo o que podo facer.',
  'refused.role': 'Sentímolo, "{command}" require un destes roles: {roles}. Os teus roles: {yours}.',
  'error.unavailable':
    'Agora mesmo non podo acceder aos meus rexistros, así que non se cambiou nada. Téntao de novo nun minuto.',
  'turn.stillWorking': 'Aínda estou traballando niso — avisareite cando remate.',
  'turn.done': 'Feito: o que pediches hai un momento xa rematou.',
  'turn.failed': 'Non se puido rematar o que pediches hai un momento. Compróbao e téntao de novo.',
  'turn.lost':
    'Non se puido rematar o que pediches hai un anaco: reinicieime mentres traballaba niso. Compróbao e téntao de novo.',
  'error.generic': 'Algo fallou pola miña parte e non se cambiou nada. Téntao de novo nun momento.',
  'error.badAction':
    'Ese botón non levaba o que necesito. Non se cambiou nada; escribe "axuda" para comezar de novo.',
  'welcome.text': 'Ola, {name}! Son o teu asistente de secuencias. Escribe "axuda" para ver que podo facer.',
  'welcome.textNoName': 'Ola! Son o teu asistente de secuencias. Escribe "axuda" para ver que podo facer.',
} satisfies Record<keyof typeof en, string>;
