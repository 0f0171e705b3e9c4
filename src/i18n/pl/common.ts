// Polish messages: the bot's general texts (help, errors, roles, fallbacks).
import type en from '../en/common.js';

export default {
  'app.name': 'Asystent sekwencji',
  'help.title': 'W czym mogę pomóc',
  'help.intro':
    'Prowadzę Cię przez Twoje sekwencje sprzedaży krok po kroku, tutaj w aplikacji Teams. Wpisz jedno z poniższych:',
  'help.yourRoles': 'Twoje role: {roles}',
  'help.more': 'Wszystkie polecenia (jeszcze {count})',
  'help.footer': 'Pisz własnymi słowami: „Czy możesz pokazać, co jest następne?” też zadziała.',
  'command.help.usage': 'pomoc',
  'command.help.description': 'Ta lista.',
  'command.language.usage': 'język: <język>',
  'command.language.description':
    'Wybierz język, w którym mam z Tobą rozmawiać, jeśli ma to być inny język niż w aplikacji Teams: English, Tiếng Việt, Galego, हिंदी lub Polski.',
  'language.set': 'Od teraz rozmawiam z Tobą w języku: {language}.',
  'language.ask':
    'W jakim języku mam rozmawiać? Znam te języki: {languages}. Wpisz na przykład „język: Polski”.',
  'language.unknown': 'Nie znam języka „{text}”. Znam te języki: {languages}.',
  'language.name.en': 'English',
  'language.name.vi': 'Tiếng Việt',
  'language.name.gl': 'Galego',
  'language.name.hi': 'हिंदी',
  'language.name.pl': 'Polski',
  'role.administrator': 'administrator',
  'role.sequenceManager': 'menedżer sekwencji',
  'role.salesManager': 'menedżer sprzedaży',
  'role.seller': 'sprzedawca',
  'unknown.reply': 'Niestety, nie rozumiem: „{text}”.',
  'unknown.suggest': 'Czy chodziło o: {suggestions}? Wpisz „pomoc”, aby zobaczyć wszystko, co potrafię.',
  'refused.role': 'Niestety, polecenie „{command}” wymaga jednej z tych ról: {roles}. Twoje role: {yours}.',
  'error.unavailable':
    'W tej chwili nie mam dostępu do rekordów, więc nic nie zostało zmienione. Spróbuj ponownie za minutę.',
  'turn.stillWorking': 'Nadal nad tym pracuję — dam znać, gdy skończę.',
  'turn.done': 'Gotowe: polecenie sprzed chwili zostało wykonane.',
  'turn.failed': 'Nie udało się dokończyć polecenia sprzed chwili. Sprawdź i spróbuj ponownie.',
  'turn.lost':
    'Nie udało się dokończyć polecenia sprzed jakiegoś czasu: w trakcie jego wykonywania nastąpiło moje ponowne uruchomienie. Sprawdź i spróbuj ponownie.',
  'error.generic':
    'Coś poszło nie tak po mojej stronie i nic nie zostało zmienione. Spróbuj ponownie za chwilę.',
  'error.badAction':
    'Ten przycisk nie przekazał potrzebnych danych. Nic nie zostało zmienione; wpisz „pomoc”, aby zacząć od nowa.',
  'welcome.text':
    'Cześć, {name}! Jestem Twoim asystentem sekwencji. Wpisz „pomoc”, aby zobaczyć, co potrafię.',
  'welcome.textNoName': 'Cześć! Jestem Twoim asystentem sekwencji. Wpisz „pomoc”, aby zobaczyć, co potrafię.',
} satisfies Record<keyof typeof en, string>;
