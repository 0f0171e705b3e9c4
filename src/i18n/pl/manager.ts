// Polish messages: the managers' experience (templates, sequences and their customisation, records, connecting, roles, stats, CSV import).
import type en from '../en/manager.js';

export default {
  // ---- Help ---------------------------------------------------------------------------------
  'manager.command.templates.usage': 'szablony',
  'manager.command.templates.description':
    'Sześć wbudowanych szablonów z ich danymi; „pokaż szablon webinaru” pokazuje przebieg jednego z nich.',
  'manager.command.create.usage': 'utwórz sekwencję z szablonu demo produktu',
  'manager.command.create.description':
    'Kopia robocza dla Ciebie („… o nazwie Dema Q3”) albo „utwórz pustą sekwencję dla kontaktów o nazwie …”.',
  'manager.command.sequences.usage': 'sekwencje',
  'manager.command.sequences.description':
    'Wszystkie sekwencje, które widzisz, ze statusem, typem rekordu, tagami i połączonymi rekordami; „pokaż <sekwencja>” otwiera jedną z nich.',
  'manager.command.customise.usage': 'dodaj rozmowę po kroku 3: zapytaj o budżet',
  'manager.command.customise.description':
    'Dostosowywanie: „usuń krok 4”, „zmień czas oczekiwania po kroku 3 na 2 dni”, „zmień opis kroku 2 na …”, „zmień nazwę na …”, „dodaj tag q3”.',
  'manager.command.lifecycle.usage': 'aktywuj <sekwencja>',
  'manager.command.lifecycle.description': 'Także „dezaktywuj …”, „skopiuj X jako Y”, „usuń …”.',
  'manager.command.records.usage':
    'dodaj potencjalnego klienta Jane Doe z Contoso, jane@contoso.com, +1 555 0100',
  'manager.command.records.description':
    'Dodaj potencjalnego klienta, kontakt, konto lub szansę sprzedaży („… dla Sam Lee”, aby przypisać rekord innej osobie); „potencjalni klienci”, „kontakty”, „konta”, „szanse sprzedaży” wyświetlają listy.',
  'manager.command.connect.usage': 'połącz Jane Doe z <sekwencja>',
  'manager.command.connect.description':
    'Także „połącz wszystkich nowych potencjalnych klientów z …”, „odłącz Jane Doe od …”, „wstrzymaj Jane Doe”, „wznów Jane Doe”.',
  'manager.command.stats.usage': 'statystyki dla <sekwencja>',
  'manager.command.team.usage': 'zespół',
  'manager.command.team.description':
    'Kroki każdego sprzedawcy na dzisiaj i zaległe, z najstarszym z nich: kto potrzebuje pomocy. Także „zaległe według sprzedawcy”.',
  'manager.team.title': 'Twój zespół dzisiaj',
  'manager.team.empty': 'Nikt nie ma kroków na dzisiaj ani zaległych.',
  'manager.team.counts':
    'Na dzisiaj: {due} · zaległe: {overdue}{waiting, plural, =0 {} one { · oczekujące: #} few { · oczekujące: #} many { · oczekujące: #} other { · oczekujące: #}}',
  'manager.team.oldest': 'Najstarszy: {step} dla rekordu {record}, {due}',
  'manager.team.oldestDue': 'Najstarszy: {step} dla rekordu {record}, termin: {due}',
  'manager.team.hint':
    'Kroki trafiają do właściciela każdego rekordu. Wpisz „następne”, aby zobaczyć własne.',
  'manager.command.stats.description':
    'Połączone rekordy i ich stan, wykonane kroki, odsetek odpowiedzi i odebranych połączeń, skuteczność, liczba dni do ukończenia.',
  'manager.command.roles.usage': 'role',
  'manager.command.roles.description':
    'Kto ma jaką rolę i jednostkę organizacyjną; „moja rola” pokazuje Twoją.',
  'manager.command.grant.usage': 'nadaj rolę menedżera sekwencji użytkownikowi Dana Reyes',
  'manager.command.grant.description':
    'Administratorzy: nadawanie lub odbieranie ról („odbierz rolę menedżera sekwencji użytkownikowi Dana Reyes”), „przenieś użytkownika Dana Reyes do jednostki organizacyjnej West”.',

  // ---- Words --------------------------------------------------------------------------------
  'manager.or': ' lub ',
  'manager.listSeparator': ', ',
  'manager.you': 'Ty',
  'manager.none': 'brak',
  'manager.recordType.lead': 'potencjalny klient',
  'manager.recordType.contact': 'kontakt',
  'manager.recordType.account': 'konto',
  'manager.recordType.opportunity': 'szansa sprzedaży',
  'manager.recordType.plural.lead': 'potencjalni klienci',
  'manager.recordType.plural.contact': 'kontakty',
  'manager.recordType.plural.account': 'konta',
  'manager.recordType.plural.opportunity': 'szanse sprzedaży',
  'manager.status.draft': 'Wersja robocza',
  'manager.status.active': 'Aktywna',
  'manager.status.inactive': 'Nieaktywna',
  'manager.kind.email': 'E-mail',
  'manager.kind.automatedEmail': 'Automatyczny e-mail',
  'manager.kind.phoneCall': 'Rozmowa telefoniczna',
  'manager.kind.task': 'Zadanie',
  'manager.kind.linkedin': 'LinkedIn',
  'manager.kind.wait': 'Czas oczekiwania',
  'manager.kind.condition': 'Warunek',
  'manager.kind.command': 'Polecenie',
  'manager.kind.advance': 'Przejście do innej sekwencji',
  'manager.linkedin.research': 'Wyszukiwanie w LinkedIn',
  'manager.linkedin.connect': 'Nawiązanie kontaktu w LinkedIn',
  'manager.linkedin.inMail': 'LinkedIn InMail',
  'manager.linkedin.getIntroduced': 'Prośba o przedstawienie w LinkedIn',
  'manager.field.description': 'opis',
  'manager.field.name': 'nazwa',
  'manager.field.subject': 'temat wiadomości e-mail',
  'manager.field.body': 'treść wiadomości e-mail',
  'manager.duration.day': '{n} dzień',
  'manager.duration.days': '{n} dni',
  'manager.duration.hour': '{n} godzina',
  'manager.duration.hours': '{n, plural, one {# godzina} few {# godziny} many {# godzin} other {# godziny}}',
  'manager.duration.none': 'bez czasu',
  'manager.action.view': 'wyświetlanie sekwencji',
  'manager.action.copy': 'kopiowanie sekwencji',
  'manager.action.connect': 'łączenie rekordów z sekwencją',
  'manager.action.stats': 'wyświetlanie statystyk sekwencji',
  'manager.action.edit': 'edytowanie sekwencji',
  'manager.action.activate': 'aktywowanie sekwencji',
  'manager.action.deactivate': 'dezaktywowanie sekwencji',
  'manager.action.delete': 'usuwanie sekwencji',
  'manager.action.create': 'tworzenie sekwencji',
  'manager.action.addRecord': 'dodawanie rekordów',
  'manager.action.addForOthers': 'dodawanie rekordów dla innych osób',
  'manager.action.viewAll': 'wyświetlanie rekordów wszystkich osób',
  'manager.action.manageOthers':
    'łączenie, wstrzymywanie, odłączanie lub ponowne przypisywanie rekordów innych osób',
  'manager.action.rolesView': 'wyświetlanie ról',
  'manager.action.grant': 'nadawanie lub odbieranie ról',
  'manager.action.unit': 'zmienianie jednostek organizacyjnych',

  // ---- Refusals -----------------------------------------------------------------------------
  'manager.refused.role':
    'Niestety, ta czynność ({action}) wymaga jednej z ról: {roles}. Twoje role: {yours}.',
  'manager.refused.owner':
    'Niestety, sekwencja „{sequence}” należy do: {owner}. Tę czynność ({action}) może wykonać tylko jej właściciel lub osoba z rolą: {roles}. Twoje role: {yours}. Możesz ją skopiować i zmienić kopię.',
  'manager.refused.ownerOnly':
    'Niestety, sekwencja „{sequence}” należy do: {owner}. Tę czynność ({action}) może wykonać tylko jej właściciel lub osoba z rolą: {roles}. Twoje role: {yours}.',
  'manager.refused.hidden':
    'Niestety, sekwencja „{sequence}” należy do innej jednostki organizacyjnej, więc ta czynność ({action}) jest niedostępna. Może ją wykonać tylko właściciel lub osoba z rolą: {roles}.',
  'manager.refused.recordOwner':
    'Niestety, rekord {record} należy do: {owner}. Tę czynność ({action}) może wykonać tylko jego właściciel lub osoba z rolą: {roles}. Twoje role: {yours}.',
  'manager.role.a.administrator': 'administrator',
  'manager.role.a.sequenceManager': 'menedżer sekwencji',
  'manager.role.a.salesManager': 'menedżer sprzedaży',
  'manager.role.a.seller': 'sprzedawca',

  // ---- Choosing -----------------------------------------------------------------------------
  'manager.choose.template': 'Do „{phrase}” pasuje więcej niż jeden szablon. O który chodzi?',
  'manager.choose.sequence': 'O którą sekwencję chodzi? Wybrana czynność: {action}.',
  'manager.choose.sequenceNamed': 'Do „{phrase}” pasuje więcej niż jedna sekwencja. O którą chodzi?',
  'manager.choose.record': 'Do „{phrase}” pasuje więcej niż jeden rekord. O który chodzi?',
  'manager.choose.user': 'Do „{phrase}” pasuje więcej niż jedna osoba. O kogo chodzi?',
  'manager.choose.hint': 'Albo wpisz pełną nazwę.',
  'manager.notFound.template': 'Nie znam szablonu o nazwie „{phrase}”. Najbardziej zbliżone:',
  'manager.notFound.sequence': 'Nie można znaleźć sekwencji o nazwie „{phrase}”. Najbardziej zbliżone:',
  'manager.notFound.sequenceNoneAtAll':
    'Nie można znaleźć sekwencji o nazwie „{phrase}”, a nie ma jeszcze żadnych sekwencji, które możesz zobaczyć. Wpisz „szablony”, aby zacząć nową.',
  'manager.notFound.record': 'Nie można znaleźć rekordu o nazwie „{phrase}”. Najbardziej zbliżone:',
  'manager.notFound.recordNoneAtAll':
    'Nie można znaleźć rekordu o nazwie „{phrase}”, a nie masz jeszcze żadnych rekordów. Dodaj rekord: „dodaj potencjalnego klienta Jane Doe z Contoso, jane@contoso.com”.',
  'manager.notFound.user':
    'Nie znam nikogo o nazwie „{phrase}”. Osoby pojawiają się tutaj, gdy już ze mną porozmawiają. Znane mi osoby: {known}.',
  'manager.sequences.noneToPick': 'Obecnie nie ma żadnej sekwencji dostępnej dla tej czynności: {action}.',
  'manager.button.choose': 'Wybierz',
  'manager.button.cancel': 'Anuluj',
  'manager.cancelled': 'Anulowano: nic nie zostało zmienione.',

  // ---- Templates ----------------------------------------------------------------------------
  'manager.templates.title': 'Szablony sekwencji',
  'manager.templates.intro':
    'Rozpocznij sekwencję od jednego z tych szablonów, a następnie dostosuj ją i aktywuj.',
  'manager.templates.facts': '{type} · kroki: {steps} · dni do ukończenia: {days}',
  'manager.templates.aliases': 'Inne nazwy: {aliases}',
  'manager.templates.hint':
    'Wpisz „pokaż szablon webinaru”, aby zobaczyć przebieg, albo „utwórz sekwencję z szablonu demo produktu”, aby rozpocząć sekwencję.',
  'manager.button.showTemplate': 'Pokaż przebieg',
  'manager.button.useTemplate': 'Utwórz z niego sekwencję',
  'manager.button.backToTemplates': 'Wszystkie szablony',
  'manager.fact.recordType': 'Typ rekordu',
  'manager.fact.steps': 'Kroki',
  'manager.fact.days': 'Dni do ukończenia',
  'manager.fact.aliases': 'Inne nazwy',
  'manager.fact.status': 'Status',
  'manager.fact.version': 'Wersja',
  'manager.fact.owner': 'Właściciel',
  'manager.fact.visibleTo': 'Widoczna dla',
  'manager.fact.tags': 'Tagi',
  'manager.fact.connected': 'Połączone rekordy',
  'manager.visible.everyone': 'wszystkich',
  'manager.visible.unit': 'jednostki organizacyjnej {unit}',

  // ---- Flows --------------------------------------------------------------------------------
  'manager.flow.title': '{number}. {kind}: {name}',
  'manager.flow.stepRef': 'krok {number} „{name}”',
  'manager.flow.waitRef':
    'czas oczekiwania {after, plural, =0 {przed krokiem 1} one {po kroku #} few {po kroku #} many {po kroku #} other {po kroku #}}',
  'manager.flow.conditionRef':
    'warunek {after, plural, =0 {przed krokiem 1} one {po kroku #} few {po kroku #} many {po kroku #} other {po kroku #}}',
  'manager.flow.titleWait':
    '◷ {after, plural, =0 {Przed krokiem 1} one {Po kroku #} few {Po kroku #} many {Po kroku #} other {Po kroku #}}: oczekiwanie {duration} (czas pracy)',
  'manager.flow.titleConditionEmail':
    '◇ {after, plural, =0 {Przed krokiem 1} one {Po kroku #} few {Po kroku #} many {Po kroku #} other {Po kroku #}}: odpowiedź na e-mail? Limit czasu: {limit}',
  'manager.flow.titleConditionCall':
    '◇ {after, plural, =0 {Przed krokiem 1} one {Po kroku #} few {Po kroku #} many {Po kroku #} other {Po kroku #}}: odebrano połączenie? Limit czasu: {limit}',
  'manager.flow.showAll':
    '{count, plural, one {Pokaż cały przebieg} few {Pokaż cały przebieg (# kroki)} many {Pokaż cały przebieg (# kroków)} other {Pokaż cały przebieg (# kroku)}}',
  'manager.flow.showFewer': 'Pokaż mniej',
  'manager.flow.cut': '… i jeszcze {count}, pominięte, aby ta karta nie była za duża dla aplikacji Teams.',
  'manager.flow.end': 'koniec tej ścieżki',
  'manager.flow.next': 'Następnie: {next}.',
  'manager.flow.yesReplied': 'Tak, jest odpowiedź → {next}.',
  'manager.flow.noReplied': 'Brak odpowiedzi (lub pominięto) → {next}.',
  'manager.flow.yesAnswered': 'Tak, odebrano → {next}.',
  'manager.flow.noAnswered': 'Nie odebrano (lub pominięto) → {next}.',
  'manager.flow.subject': 'Temat wiadomości e-mail: „{subject}”.',
  'manager.flow.advance': 'Przenosi rekord do sekwencji „{sequence}”; nic więcej nie następuje.',
  'manager.flow.command.qualify':
    'Kwalifikuje potencjalnego klienta (staje się on szansą sprzedaży i opuszcza swoje sekwencje).',
  'manager.flow.command.disqualify': 'Dyskwalifikuje potencjalnego klienta (opuszcza on swoje sekwencje).',
  'manager.flow.command.won': 'Zamyka szansę sprzedaży jako wygraną (opuszcza ona swoje sekwencje).',
  'manager.flow.command.lost': 'Zamyka szansę sprzedaży jako przegraną (opuszcza ona swoje sekwencje).',
  'manager.flow.command.futureEvents': 'Oznacza kontakt do przyszłych wydarzeń.',
  'manager.flow.totals':
    '{steps, plural, one {# krok} few {# kroki} many {# kroków} other {# kroku}} · {days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} do ukończenia',
  'manager.flow.legend':
    'Numerowane kroki są wliczane do sumy; czasy oczekiwania (◷) i warunki (◇) tylko kształtują przebieg i są nazywane według poprzedzającego je kroku. Wpisz np. „dodaj rozmowę po kroku 3” lub „zmień czas oczekiwania po kroku 3 na 2 dni”. Dni do ukończenia: najdłuższa ścieżka czasów oczekiwania i limitów czasu.',
  'manager.picture.numbered': '{number}. {name}',
  'manager.picture.wait': '{icon} Oczekiwanie: {duration}',
  'manager.picture.replied': '{icon} Odpowiedź? Limit czasu: {limit}',
  'manager.picture.answered': '{icon} Odebrano połączenie? Limit czasu: {limit}',
  'manager.picture.yesReplied': '✓ Jest odpowiedź',
  'manager.picture.noReplied': '✗ Brak odpowiedzi',
  'manager.picture.yesAnswered': '✓ Odebrano',
  'manager.picture.noAnswered': '✗ Nie odebrano',
  'manager.picture.goto': '↪ dalej: {step}',
  'manager.picture.end': '■ Koniec',
  'manager.picture.legend':
    '✉ e-mail · ⚡ automatyczny e-mail · ☎ rozmowa · ☑ zadanie · ⊕ LinkedIn · ⚙ polecenie · ◷ czas oczekiwania · ◇ warunek. Warunek rozdziela się na swoje dwie odpowiedzi, pokazane obok siebie.',
  'manager.flow.empty':
    'Brak kroków. Wpisz „dodaj e-mail na końcu: podziękuj za zainteresowanie”, aby dodać krok.',
  'manager.step.label': 'krok {number} „{name}”',
  'manager.step.labelWait':
    'czas oczekiwania {after, plural, =0 {przed krokiem 1} one {po kroku #} few {po kroku #} many {po kroku #} other {po kroku #}} „{name}”',
  'manager.step.labelCondition':
    'warunek {after, plural, =0 {przed krokiem 1} one {po kroku #} few {po kroku #} many {po kroku #} other {po kroku #}} „{name}”',
  'manager.step.refNumber': 'krok {number}',
  'manager.step.refName': 'krok „{name}”',
  'manager.step.refWait':
    'czas oczekiwania {after, plural, =0 {przed krokiem 1} one {po kroku #} few {po kroku #} many {po kroku #} other {po kroku #}}',
  'manager.step.refCondition':
    'warunek {after, plural, =0 {przed krokiem 1} one {po kroku #} few {po kroku #} many {po kroku #} other {po kroku #}}',

  // ---- Sequences ----------------------------------------------------------------------------
  'manager.sequences.title': 'Sekwencje',
  'manager.sequences.titleFiltered': 'Sekwencje ({filter})',
  'manager.sequences.short': '{status} · {type} · właściciel: {owner}',
  'manager.sequences.empty':
    'Brak sekwencji. Wpisz „szablony”, aby wybrać szablon, albo „utwórz sekwencję z szablonu demo produktu”.',
  'manager.sequences.line': '{status} · {type} · połączone: {connected}',
  'manager.sequences.tags': 'Tagi: {tags}',
  'manager.sequences.noneMatch':
    'Żadna z widocznych dla Ciebie sekwencji nie pasuje do tego filtra. Wpisz „wszystkie sekwencje”, aby je zobaczyć.',
  'manager.sequences.hint': 'Wpisz „pokaż <sekwencja>” lub naciśnij Otwórz, aby wyświetlić sekwencję.',
  'manager.list.more': '… i jeszcze {count}.',
  'manager.sequences.range': '{from}–{to} z {total}',
  'manager.button.open': 'Otwórz',
  'manager.button.previousPage': 'Poprzednia strona',
  'manager.button.nextPage': 'Następna strona',
  'manager.sequence.ready': 'Gotowa do aktywacji.',
  'manager.sequence.notReady': 'Jeszcze niegotowa do aktywacji:',
  'manager.sequence.gone': 'Ta sekwencja już nie istnieje. Wpisz „sekwencje”, aby zobaczyć istniejące.',
  'manager.sequence.blankName': 'Nowa sekwencja – {type} ({owner})',
  'manager.sequence.copyName': 'Kopia: {name}',
  'manager.sequence.nameTaken': 'Istnieje już sekwencja o nazwie „{name}”. Wybierz inną nazwę.',
  'manager.sequence.nameEmpty': 'Sekwencja musi mieć nazwę.',
  'manager.sequence.nameTooLong': 'Ta nazwa jest za długa: maksymalna liczba znaków to {max}.',
  'manager.sequence.descriptionTooLong': 'Ten tekst jest za długi: maksymalna liczba znaków to {max}.',
  'manager.sequence.alreadyActive': 'Sekwencja „{sequence}” jest już aktywna.',
  'manager.sequence.notActiveYet': 'Sekwencja „{sequence}” nie jest aktywna, więc nie ma czego dezaktywować.',

  'manager.create.whichTemplate':
    'Od którego szablonu ma się zaczynać sekwencja? Naciśnij „Utwórz z niego sekwencję” albo wpisz np. „utwórz sekwencję z szablonu webinaru”.',
  'manager.create.done': 'Utworzono wersję roboczą „{name}” z szablonu „{template}”.',
  'manager.create.blank': 'Utworzono pustą sekwencję „{name}” (typ rekordu: {type}) jako wersję roboczą.',
  'manager.create.next':
    'Dostosuj ją, wpisując polecenia (np. „dodaj rozmowę po kroku 3: zapytaj o budżet”, „zmień czas oczekiwania po kroku 3 na 2 dni”) lub przyciskiem Dostosuj, a następnie wybierz Aktywuj.',
  'manager.create.failed': 'Sekwencja nie została utworzona:',

  'manager.activate.confirmTitle': 'Aktywować sekwencję „{sequence}”?',
  'manager.activate.confirmText':
    'Po aktywacji będzie można łączyć z nią rekordy typu {type}, a jej kroki (liczba kroków: {steps}; dni do ukończenia: {days}) trafią do właścicieli rekordów. Późniejsze zmiany utworzą nową wersję; już połączone rekordy pozostaną przy swojej.',
  'manager.activate.done':
    'Sekwencja „{sequence}” jest aktywna. Połącz z nią rekordy typu {type}: „połącz <nazwa> z {sequence}”.',
  'manager.activate.blocked': 'Sekwencji „{sequence}” nie można jeszcze aktywować:',
  'manager.deactivate.done':
    'Sekwencja „{sequence}” jest nieaktywna: nie można łączyć z nią nowych rekordów. Już połączone rekordy ({running}) przejdą do końca swojej wersji.',
  'manager.copy.done':
    'Skopiowano sekwencję „{sequence}” jako wersję roboczą „{name}”, której jesteś właścicielem.',
  'manager.copy.failed': 'Sekwencja „{sequence}” nie została skopiowana:',
  'manager.delete.confirmTitle': 'Usunąć sekwencję „{sequence}”?',
  'manager.delete.confirmText': 'Sekwencja zostanie usunięta na stałe. Tej operacji nie można cofnąć.',
  'manager.delete.confirmActive':
    'Sekwencja „{sequence}” zostanie dezaktywowana, {running, plural, one {# połączony rekord zostanie odłączony (jego otwarte kroki znikną)} few {# połączone rekordy zostaną odłączone (ich otwarte kroki znikną)} many {# połączonych rekordów zostanie odłączonych (ich otwarte kroki znikną)} other {połączone rekordy (#) zostaną odłączone (ich otwarte kroki znikną)}}, a sekwencja zostanie usunięta. Tej operacji nie można cofnąć.',
  'manager.delete.confirmRunning':
    'Rekordy nadal przetwarzane w sekwencji „{sequence}” ({running}) zostaną odłączone (ich otwarte kroki znikną), a sekwencja zostanie usunięta. Tej operacji nie można cofnąć.',
  'manager.delete.done': 'Usunięto sekwencję „{sequence}”.',
  'manager.delete.doneDisconnected':
    'Dezaktywowano sekwencję „{sequence}”, odłączono {count, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}} i usunięto sekwencję.',

  // ---- Customising --------------------------------------------------------------------------
  'manager.edit.nothingChanged': 'W sekwencji „{sequence}” nic nie zostało zmienione:',
  'manager.edit.unclear':
    'Nie rozumiem, jaką zmianę chcesz wprowadzić. Na przykład: „dodaj zadanie na końcu: przygotuj ofertę”, „usuń krok 4”, „zmień czas oczekiwania po kroku 3 na 2 dni”.',
  'manager.edit.newVersion':
    'Zapisano jako wersję {version}: już połączone rekordy pozostają przy swojej wersji, nowe połączenia otrzymają tę.',
  'manager.edit.renamed': 'Zmieniono nazwę „{from}” na „{name}”.',
  'manager.edit.described': 'Zaktualizowano opis sekwencji „{sequence}”.',
  'manager.edit.tagsAdded': 'Dodano do sekwencji „{sequence}” tagi: {tags}.',
  'manager.edit.tagsRemoved': 'Usunięto z sekwencji „{sequence}” tagi: {tags}.',
  'manager.edit.stepAdded': 'Dodano {step} ({kind}) do sekwencji „{sequence}”, {where}.',
  'manager.edit.whereStart': 'na początku',
  'manager.edit.whereAfter': 'po elemencie: {ref}',
  'manager.edit.whereYes': 'na ścieżce „tak” elementu: {ref}',
  'manager.edit.whereNo': 'na ścieżce „nie” elementu: {ref}',
  'manager.edit.stepRemoved': 'Usunięto {step} z sekwencji „{sequence}”.',
  'manager.edit.stepRemovedWithPath':
    'Usunięto {step} z sekwencji „{sequence}”, zachowując jego ścieżkę „{kept}”; kroki osiągalne tylko z drugiej ścieżki zostały usunięte razem z nim: {removed}.',
  'manager.edit.waitChanged': 'W sekwencji „{sequence}” {step} trwa teraz {duration}.',
  'manager.edit.timeLimitChanged':
    'W sekwencji „{sequence}” {step} czeka teraz na odpowiedź maksymalnie {duration}.',
  'manager.edit.stepText': 'Zmieniono: {field} ({step}) w sekwencji „{sequence}”.',
  'manager.edit.showSequence': 'Pokaż sekwencję',
  'manager.step.notFound':
    'W sekwencji „{sequence}” nie ma takiego elementu: {ref}. Ma ona {count, plural, one {# krok} few {# kroki} many {# kroków} other {# kroku}}; numery są widoczne na jej karcie.',
  'manager.step.noSteps': 'Sekwencja „{sequence}” nie ma jeszcze kroków.',
  'manager.step.noneThere':
    'W sekwencji „{sequence}” nie ma takiego elementu: {ref}. Na jej karcie sprawdź, gdzie znajdują się czasy oczekiwania i warunki.',
  'manager.step.severalThere':
    'Do „{ref}” pasuje więcej niż jeden krok: {steps}. Podaj w cudzysłowie nazwę tego, o który chodzi, np. krok „{example}”.',
  'manager.step.dependedOn':
    'Nie można usunąć: {step}, ponieważ zależy od niego {condition}. Najpierw usuń warunek.',
  'manager.step.manyEnds':
    'Sekwencja „{sequence}” kończy się w kilku miejscach ({ends}). Określ, gdzie ma się znaleźć nowy krok, np. „po kroku 2”.',
  'manager.step.manyPaths': 'Do: {step} prowadzi kilka ścieżek ({count}); zamiast tego napisz „po kroku N”.',
  'manager.step.whichPath':
    'To jest warunek ({step}): określ, na której ścieżce ma się znaleźć nowy krok, np. „po kroku {example} na ścieżce nie”.',
  'manager.step.conditionNeedsStep':
    'Warunek sprawdza krok bezpośrednio przed nim: określ, po której wiadomości e-mail lub rozmowie ma się znaleźć, np. „dodaj warunek po kroku 2”.',
  'manager.step.noAnchor': 'Nie wiem, gdzie ma się znaleźć nowy krok; napisz „na końcu” lub „po kroku N”.',
  'manager.step.noDuration':
    'Ten krok ({step}, {kind}) nie ma czasu trwania: tylko czasy oczekiwania i warunki mają czas trwania lub limit czasu. Wskaż je według poprzedzającego kroku, np. „czas oczekiwania po kroku 3”.',
  'manager.step.notEmail':
    'Ten krok ({step}, {kind}) nie jest wiadomością e-mail, więc nie ma tematu ani treści.',
  'manager.step.emptyText': 'Nowa wartość ({field}) nie może być pusta.',
  'manager.step.advanceType':
    'Sekwencja „{target}” jest przeznaczona dla rekordów typu {targetType}; sekwencja dla typu {type} może przenosić rekordy tylko do innej sekwencji dla typu {type}.',
  'manager.tags.alreadyThere': 'Sekwencja „{sequence}” ma już tagi: {tags}.',
  'manager.tags.notThere': 'Sekwencja „{sequence}” nie ma tagu {tags}. Jej tagi: {existing}.',
  'manager.tags.tooLong': 'Tag „{tag}” jest za długi: maksymalna liczba znaków to {max}.',
  'manager.tags.tooMany': 'Maksymalna liczba tagów w sekwencji to {max}.',
  'manager.stepName.email': 'E-mail',
  'manager.stepName.automatedEmail': 'Automatyczny e-mail',
  'manager.stepName.phoneCall': 'Rozmowa telefoniczna',
  'manager.stepName.task': 'Zadanie',
  'manager.stepName.linkedin': 'LinkedIn',
  'manager.stepName.wait': 'Oczekiwanie: {duration}',
  'manager.stepName.condition': 'Warunek',
  'manager.stepName.command': 'Polecenie',
  'manager.stepName.advance': 'Przejście do „{sequence}”',
  'manager.stepName.replied': 'Odpowiedź na „{step}”?',
  'manager.stepName.answered': 'Odebrano: „{step}”?',
  'manager.stepName.command.qualify': 'Kwalifikuj potencjalnego klienta',
  'manager.stepName.command.disqualify': 'Dyskwalifikuj potencjalnego klienta',
  'manager.stepName.command.won': 'Zamknij jako wygraną',
  'manager.stepName.command.lost': 'Zamknij jako przegraną',
  'manager.stepName.command.futureEvents': 'Oznacz do przyszłych wydarzeń',
  'manager.stepDescription.email': 'Napisz do klienta.',
  'manager.stepDescription.automatedEmail': 'Wysyłany przez system.',
  'manager.stepDescription.phoneCall': 'Zadzwoń do klienta.',
  'manager.stepDescription.task': 'Wykonaj to zadanie dla klienta.',
  'manager.stepDescription.linkedin': 'Działaj z klientem w LinkedIn.',
  'manager.stepDescription.wait': 'Czas przed następnym krokiem.',
  'manager.stepDescription.condition':
    'Tak: ścieżka jest kontynuowana. Brak odpowiedzi w limicie czasu: ścieżka „nie”.',
  'manager.stepDescription.command': 'Wykonywane przez system.',
  'manager.stepDescription.advance': 'Rekord przechodzi do innej sekwencji.',

  // ---- Card forms ---------------------------------------------------------------------------
  'manager.button.activate': 'Aktywuj',
  'manager.button.deactivate': 'Dezaktywuj',
  'manager.button.customise': 'Dostosuj',
  'manager.button.backToSequence': 'Wróć do sekwencji',
  'manager.customise.heading': 'Dostosuj: {name}',
  'manager.button.connect': 'Połącz rekordy',
  'manager.button.copy': 'Kopiuj',
  'manager.button.stats': 'Statystyki',
  'manager.button.delete': 'Usuń',
  'manager.button.more': 'Kopiuj lub usuń',
  'manager.button.addStep': 'Dodaj krok',
  'manager.button.removeStep': 'Usuń krok',
  'manager.button.changeDuration': 'Zmień',
  'manager.button.changeText': 'Zmień tekst',
  'manager.button.rename': 'Zmień nazwę',
  'manager.button.describe': 'Zapisz opis',
  'manager.button.addTags': 'Dodaj tagi',
  'manager.button.removeTags': 'Usuń tagi',
  'manager.form.addHeading': 'Dodaj krok',
  'manager.form.kind': 'Rodzaj',
  'manager.form.position': 'Miejsce',
  'manager.form.atEnd': 'Na końcu',
  'manager.form.atStart': 'Na początku',
  'manager.form.after': 'Po: {step}',
  'manager.form.afterYes': 'Po: {step}, na ścieżce „tak”',
  'manager.form.afterNo': 'Po: {step}, na ścieżce „nie”',
  'manager.form.description': 'Co ma zrobić sprzedawca',
  'manager.form.duration': 'Dla czasu oczekiwania lub warunku',
  'manager.form.days': 'Dni',
  'manager.form.hours': 'Godziny',
  'manager.form.removeHeading': 'Usuń krok',
  'manager.form.step': 'Krok',
  'manager.form.durationHeading': 'Zmień czas oczekiwania lub limit czasu',
  'manager.form.textHeading': 'Zmień tekst kroku',
  'manager.form.field': 'Który tekst',
  'manager.form.value': 'Nowy tekst',
  'manager.form.nameHeading': 'Nazwa',
  'manager.form.descriptionHeading': 'Opis',
  'manager.form.tagsHeading': 'Tagi',
  'manager.form.tagsPlaceholder': 'np. q3, priorytet',
  'manager.form.copyName': 'Nazwa kopii',
  'manager.form.connectRecords': 'Rekordy do połączenia',
  'manager.form.pickKind': 'Wybierz rodzaj kroku do dodania.',
  'manager.form.pickStep': 'Najpierw wybierz krok.',
  'manager.form.giveDuration': 'Podaj dni i godziny.',
  'manager.form.giveText': 'Wpisz nowy tekst.',
  'manager.form.giveTags': 'Wpisz tagi oddzielone przecinkami.',
  'manager.form.pickRecords': 'Wybierz rekordy do połączenia.',

  // ---- Records ------------------------------------------------------------------------------
  'manager.record.added': 'Dodano: {type} {name}{details}. Właściciel: {owner}.',
  'manager.record.next': 'Połącz go z sekwencją: „połącz {name} z <sekwencja>”.',
  'manager.record.notAdded': 'Nie dodano rekordu ({type}):',
  'manager.record.needsPersonName':
    'Rekord ({type}) wymaga imienia i nazwiska, np. „dodaj {type} Jane Doe z Contoso”.',
  'manager.record.needsName': 'Rekord ({type}) wymaga nazwy, np. „dodaj {type} Odnowienie Contoso”.',
  'manager.record.badEmail': '„{email}” nie jest adresem e-mail.',
  'manager.record.badPhone': '„{phone}” nie jest numerem telefonu (od 7 do 15 cyfr, np. +1 555 0100).',
  'manager.record.badUrl': '„{url}” nie jest adresem internetowym (zaczyna się od https://).',
  'manager.record.statusOnlyLeads':
    'Tylko potencjalni klienci mają status; dla rekordów typu {type} pomiń go.',
  'manager.record.badStatus':
    '„{status}” nie jest statusem potencjalnego klienta. Użyj jednego z: {allowed}.',
  'manager.record.stageOnlyOpportunities':
    'Tylko szanse sprzedaży mają etap; dla rekordów typu {type} pomiń go.',
  'manager.record.badStage': '„{stage}” nie jest etapem szansy sprzedaży. Użyj jednego z: {allowed}.',
  'manager.record.tooLong': 'Wartość pola {field} jest za długa: maksymalna liczba znaków to {max}.',
  'manager.record.duplicate': 'Istnieje już rekord {name} (typ: {type}) z tymi danymi.',
  'manager.record.ownerUnknown':
    'Nie znam nikogo o nazwie „{owner}”, kto mógłby zostać właścicielem. Osoby pojawiają się tutaj, gdy już ze mną porozmawiają.',
  'manager.record.ownerAmbiguous': 'Jest kilka osób o nazwie „{owner}” ({count}); użyj adresu e-mail.',
  'manager.record.gone': 'Ten rekord już nie istnieje.',
  'manager.records.title': '{what}{filter}',
  'manager.records.all': 'Rekordy',
  'manager.records.heading.lead': 'Potencjalni klienci',
  'manager.records.heading.contact': 'Kontakty',
  'manager.records.heading.account': 'Konta',
  'manager.records.heading.opportunity': 'Szanse sprzedaży',
  'manager.records.filter': ' ({filter})',
  'manager.records.empty':
    'Nie ma tu jeszcze rekordów. Dodaj rekord: „dodaj potencjalnego klienta Jane Doe z Contoso, jane@contoso.com”.',
  'manager.records.status': 'status: {status}',
  'manager.records.stage': 'etap: {stage}',
  'manager.records.owner': 'właściciel: {owner}',
  'manager.records.hint': 'Wpisz „połącz <nazwa> z <sekwencja>”, aby rozpocząć sekwencję dla jednego z nich.',

  // ---- Connecting ---------------------------------------------------------------------------
  'manager.connect.done':
    'Połączono rekord {record} z sekwencją „{sequence}” (wersja {version}). Pierwszy krok, „{step}”, jest przypisany do: {owner}.',
  'manager.connect.doneNoStep': 'Połączono rekord {record} z sekwencją „{sequence}” (wersja {version}).',
  'manager.connect.failed': 'Rekord {record} nie został połączony z sekwencją „{sequence}”:',
  'manager.connect.already': 'Rekord {record} jest już połączony z sekwencją „{sequence}”.',
  'manager.connect.many':
    'Połączono {count, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}} z sekwencją „{sequence}”: {names}.',
  'manager.connect.started':
    'Trwa łączenie {count, plural, one {# rekordu} few {# rekordów} many {# rekordów} other {# rekordu}} z sekwencją „{sequence}”. To chwilę potrwa: dam znać tutaj, gdy skończę.',
  'manager.bulk.connectDone':
    'Gotowe: połączono {done, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}} z sekwencją „{sequence}”; już połączone: {skipped}, nie udało się połączyć: {refused}.',
  'manager.bulk.deleteDone':
    'Gotowe: odłączono {done, plural, one {# rekord} few {# rekordy} many {# rekordów} other {# rekordu}} od sekwencji „{sequence}” i usunięto ją.',
  'manager.delete.started':
    'Dezaktywowano sekwencję „{sequence}”. Trwa odłączanie {count, plural, one {# rekordu} few {# rekordów} many {# rekordów} other {# rekordu}}, a potem sekwencja zostanie usunięta: dam znać tutaj, gdy skończę.',
  'manager.connect.skippedAlready': 'Rekordy już połączone ({count}) pozostały bez zmian.',
  'manager.connect.refusedOne': 'Nie połączono rekordu {record}: {why}',
  'manager.connect.noneMatching':
    'Brak rekordów do połączenia z sekwencją „{sequence}” ({type}; już połączone: {skipped}).',
  'manager.connect.typeMismatch':
    'Sekwencja „{sequence}” jest przeznaczona dla innego typu rekordów (obsługiwane: {sequenceType}; wybrane: {type}).',
  'manager.connect.noneOpen':
    'Rekord {record} nie ma uruchomionej sekwencji{sequence}, od której można by go odłączyć.',
  'manager.pause.noneRunning':
    'Rekord {record} nie ma uruchomionej sekwencji{sequence}, którą można by wstrzymać.',
  'manager.resume.nonePaused':
    'Rekord {record} nie ma wstrzymanej sekwencji{sequence}, którą można by wznowić.',
  'manager.disconnect.done':
    'Odłączono rekord {record} od {count, plural, one {# sekwencji} few {# sekwencji} many {# sekwencji} other {# sekwencji}}. Jego otwarte kroki zostały usunięte.',
  'manager.pause.done':
    'Wstrzymano {count, plural, one {# sekwencję} few {# sekwencje} many {# sekwencji} other {# sekwencji}} rekordu {record}. Wpisz „wznów {record}”, aby kontynuować.',
  'manager.resume.done':
    'Wznowiono {count, plural, one {# sekwencję} few {# sekwencje} many {# sekwencji} other {# sekwencji}} rekordu {record}; czas, który pozostał w chwili wstrzymania, liczy się od teraz.',
  'manager.command.reassign.usage': 'przekaż <rekord> użytkownikowi <sprzedawca>',
  'manager.command.reassign.description':
    'Przekaż rekord i otwarte kroki jego sekwencji innemu sprzedawcy z Twojej jednostki organizacyjnej.',
  'manager.reassign.done':
    'Rekord {record} należy teraz do: {owner}, {count, plural, =0 {bez uruchomionych sekwencji} one {wraz z otwartymi krokami # sekwencji} few {wraz z otwartymi krokami # sekwencji} many {wraz z otwartymi krokami # sekwencji} other {wraz z otwartymi krokami # sekwencji}}.',
  'manager.reassign.same': 'Rekord {record} już należy do: {owner}; nic nie zostało zmienione.',
  'manager.reassign.button': 'Przypisz ponownie',
  'manager.reassign.label': 'Nowy właściciel',
  'manager.reassign.give': 'Przekaż temu sprzedawcy',
  'manager.reassign.pick': 'Wybierz sprzedawcę, któremu chcesz go przekazać.',

  // ---- Roles and business units -------------------------------------------------------------
  'manager.roles.title': 'Role i jednostki organizacyjne',
  'manager.roles.you': '{name} (Ty)',
  'manager.roles.unit': 'Jednostka organizacyjna: {unit}',
  'manager.roles.hint':
    'Administratorzy: „nadaj rolę menedżera sekwencji użytkownikowi Dana Reyes”, „przenieś użytkownika Dana Reyes do jednostki organizacyjnej West”.',
  'manager.role.granted': '{user} ma teraz rolę: {role}.',
  'manager.role.revoked': '{user} nie ma już roli: {role}.',
  'manager.role.already': '{user} ma już rolę: {role}.',
  'manager.role.notHeld': '{user} nie ma roli: {role}, więc nie ma czego usuwać.',
  'manager.role.fromConfig':
    '{user} ma rolę administratora z ustawienia ADMIN_IDS; zmień ją w tym ustawieniu.',
  'manager.role.selfAdmin':
    'Nie możesz odebrać sobie roli administratora; poproś o to innego administratora.',
  'manager.role.mine': 'Twoje role: {roles}. Jednostka organizacyjna: {unit}.',
  'manager.role.can.administrator':
    'Jako administrator możesz wszystko: tworzyć, edytować, aktywować, dezaktywować, kopiować i usuwać dowolne sekwencje, nadawać role i ustawiać jednostki organizacyjne.',
  'manager.role.can.sequenceManager':
    'Jako menedżer sekwencji możesz tworzyć, edytować, aktywować, dezaktywować, kopiować i usuwać dowolne sekwencje.',
  'manager.role.can.salesManager':
    'Jako menedżer sprzedaży możesz wyświetlać wszystkie sekwencje i rekordy, łączyć rekordy i wyświetlać statystyki.',
  'manager.role.can.seller':
    'Jako sprzedawca możesz tworzyć własne sekwencje, łączyć z nimi swoje rekordy oraz wyświetlać, łączyć i kopiować sekwencje swojej jednostki organizacyjnej.',
  'manager.unit.set': '{user} należy teraz do jednostki organizacyjnej {unit}.',
  'manager.unit.already': '{user} już należy do jednostki organizacyjnej {unit}.',
  'manager.unit.empty':
    'Podaj nazwę jednostki organizacyjnej, np. „przenieś użytkownika Dana Reyes do jednostki organizacyjnej West”.',
  'manager.unit.tooLong':
    'Ta nazwa jednostki organizacyjnej jest za długa: maksymalna liczba znaków to {max}.',
  'manager.user.gone': 'Ta osoba nie jest już tutaj znana.',

  // ---- Stats --------------------------------------------------------------------------------
  'manager.stats.title': 'Statystyki: {sequence}',
  'manager.stats.subtitle': '{status} · {type} · wersja {version}',
  'manager.stats.records': 'Rekordy',
  'manager.stats.connected': 'Połączone',
  'manager.stats.inProgress': 'W toku',
  'manager.stats.completed': 'Ukończone',
  'manager.stats.disconnected': 'Odłączone',
  'manager.stats.exited': 'Opuściły sekwencję (zakwalifikowane, zdyskwalifikowane lub zamknięte)',
  'manager.stats.steps': 'Kroki',
  'manager.stats.stepsCompleted': 'Ukończone',
  'manager.stats.stepsSkipped': 'Pominięte',
  'manager.stats.stepsOverdue': 'Zaległe (otwarte dłużej niż dzień)',
  'manager.stats.outcomes': 'Wyniki',
  'manager.stats.replyRate': 'Odsetek odpowiedzi (e-maile, dla których minął czas na odpowiedź)',
  'manager.stats.answerRate': 'Odsetek odebranych połączeń (rozmowy z zapisaną odpowiedzią)',
  'manager.stats.success.qualified': 'Zakwalifikowani potencjalni klienci (spośród rozstrzygniętych)',
  'manager.stats.success.won': 'Wygrane szanse sprzedaży (spośród zamkniętych)',
  'manager.stats.success.none': 'Skuteczność',
  'manager.stats.successNone': 'nie jest mierzona dla tego typu rekordu',
  'manager.stats.averageDays': 'Średnia liczba dni do ukończenia',
  'manager.stats.rate': '{percent}% ({count} z {of})',
  'manager.stats.noData': 'brak danych',
  'manager.stats.noneDecided': 'nic jeszcze nie rozstrzygnięto',
  'manager.stats.withPending': '{decided} · {pending}',
  'manager.stats.awaitingReply': 'nadal w oknie odpowiedzi: {count}',
  'manager.stats.open': 'nadal otwarte: {count}',
  'manager.stats.days': '{days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',

  // ---- CSV import (scripts/import.ts) -------------------------------------------------------
  'manager.import.usage':
    'Użycie: npm run import -- <plik.csv> [--data-dir KATALOG] [--owner <nazwa lub e-mail>]',
  'manager.import.noFile': 'Nie można odczytać pliku {file}: {reason}',
  'manager.import.badCsv': '{file} nie jest czytelnym plikiem CSV: {reason}',
  'manager.import.noTypeColumn': 'plik nie ma kolumny „type” (lead, contact, account lub opportunity)',
  'manager.import.missingType': 'typ jest pusty (lead, contact, account lub opportunity)',
  'manager.import.badType': '„{type}” nie jest typem rekordu (lead, contact, account lub opportunity)',
  'manager.import.missingOwner': 'brak właściciela: wypełnij kolumnę owner lub użyj opcji --owner',
  'manager.import.unknownColumns': 'Zignorowane kolumny: {columns}.',
  'manager.import.rejected': 'Wiersz {line}: {reason}',
  'manager.import.summary': 'Zaimportowano rekordy ({imported}) do {dataDir}; odrzucono: {rejected}.',
} satisfies Record<keyof typeof en, string>;
