// Polish messages: what sellers see (Up next cards, work list, digest, vacation, settings, record changes).
import type en from '../en/seller.js';

export default {
  // ---- Commands (help lists usage and description) -------------------------------------------
  'seller.command.upNext.usage': 'następne',
  'seller.command.upNext.description':
    'Twoje kroki na dzisiaj i zaległe, od najstarszych, z przyciskami. Także „moje kroki”, „co dalej”, „dzisiaj”.',
  'seller.command.overdue.usage': 'zaległe',
  'seller.command.overdue.description': 'Tylko kroki, które są zaległe.',
  'seller.command.calls.usage': 'rozmowy',
  'seller.command.calls.description': 'Tylko rozmowy telefoniczne na dzisiaj i zaległe.',
  'seller.command.emails.usage': 'e-maile',
  'seller.command.emails.description': 'Tylko wiadomości e-mail na dzisiaj i zaległe.',
  'seller.command.digest.usage': 'podsumowanie',
  'seller.command.digest.description':
    'Dzisiejsze podsumowanie od razu: co jest na dzisiaj, co jest zaległe i co zostało zrobione.',
  'seller.command.pause.usage': 'wstrzymaj moje sekwencje do <data>',
  'seller.command.pause.description':
    'Urlop: Twoje kroki czekają na Twój powrót z czasem, który im pozostał, więc nic się nie nagromadzi.',
  'seller.command.resume.usage': 'wznów moje sekwencje',
  'seller.command.resume.description': 'Wcześniejszy powrót: wstrzymane sekwencje są kontynuowane od teraz.',
  'seller.command.hours.usage': 'ustaw moje godziny pracy 9-18',
  'seller.command.hours.description':
    'Kiedy przypadają terminy kroków i kiedy przychodzi podsumowanie (także „9:30-17:30”, „od 9 do 18”).',
  'seller.command.timeZone.usage': 'moja strefa czasowa to Europe/Warsaw',
  'seller.command.timeZone.description': 'Strefa czasowa, według której działają Twoje kroki i podsumowanie.',
  'seller.command.digestTime.usage': 'wysyłaj moje podsumowanie o 7:30',
  'seller.command.digestTime.description':
    'Kiedy w dni robocze przychodzi Twoje codzienne podsumowanie (domyślnie o 08:00).',
  'seller.command.qualify.usage': 'kwalifikuj <potencjalny klient>',
  'seller.command.qualify.description':
    'Zmienia potencjalnego klienta w szansę sprzedaży; potencjalny klient opuszcza swoje sekwencje dla potencjalnych klientów.',
  'seller.command.disqualify.usage': 'dyskwalifikuj <potencjalny klient>',
  'seller.command.disqualify.description': 'Zamyka potencjalnego klienta; opuszcza on swoje sekwencje.',
  'seller.command.close.usage': 'zamknij <szansa sprzedaży> jako wygraną / przegraną',
  'seller.command.close.description': 'Zamyka szansę sprzedaży; opuszcza ona swoje sekwencje.',

  // ---- Times ---------------------------------------------------------------------------------
  'seller.when.today': 'dzisiaj {time}',
  'seller.when.tomorrow': 'jutro {time}',
  'seller.when.yesterday': 'wczoraj {time}',
  'seller.when.date': '{date} {time}',
  'seller.due.overdueHour': 'zaległe od 1 godziny',
  'seller.due.overdueHours': 'zaległe od {count} godzin',
  'seller.due.overdueDay': 'zaległe od 1 dnia',
  'seller.due.overdueDays': 'zaległe od {count} dni',
  'seller.due.label': 'Termin: {when}',
  'seller.due.now': 'teraz',
  'seller.due.inMinutes': 'za {count} min',
  'seller.due.inHours': 'za {count} godz.',
  'seller.weekdays.all': 'pon.–pt.',
  'seller.duration.day': '1 dzień',
  'seller.duration.days': '{count} dni',
  'seller.duration.hour': '1 godzina',
  'seller.duration.hours':
    '{count, plural, one {# godzina} few {# godziny} many {# godzin} other {# godziny}}',

  // ---- Labels --------------------------------------------------------------------------------
  'seller.kind.email': 'E-mail',
  'seller.kind.automatedEmail': 'Automatyczny e-mail',
  'seller.kind.phoneCall': 'Rozmowa telefoniczna',
  'seller.kind.task': 'Zadanie',
  'seller.kind.linkedin': 'LinkedIn',
  'seller.kind.wait': 'Czas oczekiwania',
  'seller.kind.condition': 'Warunek',
  'seller.kind.command': 'Polecenie',
  'seller.linkedin.research': 'Wyszukiwanie w LinkedIn',
  'seller.linkedin.getIntroduced': 'Prośba o przedstawienie w LinkedIn',
  'seller.linkedin.connect': 'Nawiązanie kontaktu w LinkedIn',
  'seller.linkedin.inMail': 'LinkedIn InMail',
  'seller.mark.good': '✓',
  'seller.mark.skipped': '↷',
  'seller.mark.missed': '✗',
  'seller.outcome.done': 'Wykonano',
  'seller.outcome.sent': 'Wysłano',
  'seller.outcome.replied': 'Jest odpowiedź',
  'seller.outcome.noReply': 'Brak odpowiedzi',
  'seller.outcome.answered': 'Odebrano',
  'seller.outcome.notAnswered': 'Nie odebrano',
  'seller.outcome.leftVoicemail': 'Zostawiono wiadomość głosową',
  'seller.outcome.skipped': 'Pominięto',
  'seller.outcome.timedOut': 'Brak odpowiedzi w terminie',
  'seller.recordType.lead': 'Potencjalny klient',
  'seller.recordType.contact': 'Kontakt',
  'seller.recordType.account': 'Konto',
  'seller.recordType.opportunity': 'Szansa sprzedaży',
  'seller.status.new': 'Nowy',
  'seller.status.contacted': 'Skontaktowano',
  'seller.status.qualified': 'Zakwalifikowany',
  'seller.status.disqualified': 'Zdyskwalifikowany',
  'seller.stage.develop': 'Rozwijanie',
  'seller.stage.propose': 'Proponowanie',
  'seller.stage.close': 'Zamykanie',
  'seller.stage.won': 'Wygrana',
  'seller.stage.lost': 'Przegrana',
  'seller.by.system': 'automatycznie',

  // ---- Up next card --------------------------------------------------------------------------
  'seller.card.contact': 'Kontakt',
  'seller.card.undo': 'Cofnij',
  'seller.banner.undone': '↶ Cofnięto. Krok „{step}” znowu czeka na Ciebie.',
  'seller.banner.undoTooLate':
    'Tego nie można już cofnąć: minęło kilka minut albo sekwencja przeszła dalej. Nic nie zostało zmienione.',
  'seller.card.noteLabel': 'Notatka (opcjonalna, zapisywana w historii)',
  'seller.card.notePlaceholder': 'Co się wydarzyło albo dlaczego pomijasz ten krok',
  'seller.flow.note': '„{note}”',
  'seller.card.email': 'E-mail',
  'seller.card.stepOf': 'Krok {n} z {total}',
  'seller.card.doneOf': 'Wykonane kroki: {done} z {total}',
  'seller.card.stepOfUpTo': 'Krok {n} z maksymalnie {total}',
  'seller.card.doneOfUpTo': 'Wykonane kroki: {done} z maksymalnie {total}',
  'seller.card.doneAll':
    'Wykonano {done, plural, one {# krok} few {# kroki} many {# kroków} other {# kroku}}',
  'seller.card.to': 'Do',
  'seller.card.subject': 'Temat',
  'seller.card.noEmail': 'Ten rekord nie ma adresu e-mail: dodaj adresata w swoim programie pocztowym.',
  'seller.card.phone': 'Telefon',
  'seller.card.noPhone': 'Ten rekord nie ma numeru telefonu.',
  'seller.card.openMail': 'Otwórz w poczcie',
  'seller.card.call': 'Zadzwoń: {number}',
  'seller.card.openLinkedIn': 'Otwórz LinkedIn',
  'seller.card.searchLinkedIn': 'Znajdź w LinkedIn',
  'seller.card.markSent': 'Oznacz jako wysłane',
  'seller.card.markComplete': 'Oznacz jako ukończone',
  'seller.card.skip': 'Pomiń',
  'seller.card.snooze': 'Odłóż',
  'seller.card.showSequence': 'Pokaż sekwencję',
  'seller.card.backToStep': 'Wróć do kroku',
  'seller.card.backToList': 'Wróć do listy',
  'seller.card.details': 'Otwórz',
  'seller.card.moreActions': 'Więcej',
  'seller.card.replyQuestion': 'Czy jest odpowiedź od {name} na „{step}”?',
  'seller.card.answerQuestion': 'Czy udało się skontaktować z {name} w sprawie „{step}”?',
  'seller.card.replyLimit':
    'Jeśli nie otrzymam informacji przed terminem ({when}), uznam, że nie było odpowiedzi.',
  'seller.card.answerLimit':
    'Jeśli nie otrzymam informacji przed terminem ({when}), uznam, że połączenie nie zostało odebrane.',
  'seller.card.thenWaitsReply':
    'Gdy oznaczysz wiadomość jako wysłaną, poczekam na odpowiedź maksymalnie {limit} czasu pracy.',
  'seller.card.nextStep': 'Następny krok: {step}, termin: {when}.',
  'seller.card.nextAfterWait': 'Następny krok: {when}.',
  'seller.card.nextAutomated': 'Następnie: automatyczna wiadomość e-mail „{step}” zostanie wysłana {when}.',
  'seller.card.paused': 'Ta sekwencja jest wstrzymana.',
  'seller.card.pausedUntil': 'Ta sekwencja jest wstrzymana. Wznowienie: {when}.',
  'seller.card.completed': 'Ta sekwencja została ukończona: nie ma tu nic więcej do zrobienia.',
  'seller.card.completedClosed': 'Ta sekwencja została ukończona. Nowy stan rekordu ({type}): {state}.',
  'seller.card.advanced': 'Ten rekord przeszedł do innej sekwencji.',
  'seller.card.exited': 'Ten rekord opuścił sekwencję. Obecny stan: {reason}.',
  'seller.card.disconnected': 'Ten rekord został odłączony od sekwencji.',
  'seller.card.now': 'Teraz',

  // ---- Snooze --------------------------------------------------------------------------------
  'seller.snooze.laterToday': 'Później dzisiaj',
  'seller.snooze.tomorrow': 'Jutro rano',
  'seller.snooze.nextWeek': 'W przyszłym tygodniu',
  'seller.snooze.dateLabel': 'Albo wybierz datę i godzinę',
  'seller.snooze.custom': 'Odłóż do tego czasu',
  'seller.snooze.missingDate': 'Wybierz datę, do której chcesz odłożyć krok. Nic nie zostało zmienione.',
  'seller.snooze.badDate': 'Nie mogę odczytać tej daty i godziny. Nic nie zostało zmienione.',

  // ---- Banners (what an action did) ----------------------------------------------------------
  'seller.banner.recorded': '{mark} {outcome}: {step}',
  'seller.banner.recordedBy': 'Zapisane przez: {name}, {when}.',
  'seller.banner.skipped': '↷ Pominięto: {step}',
  'seller.banner.snoozed': 'Odłożono krok „{step}”. Nowy termin: {when}.',
  'seller.banner.already':
    'Ten krok został już wykonany: {outcome}, przez: {name}, {when}. Nic nie zostało zapisane dwukrotnie.',
  'seller.banner.alreadySnoozed': 'Ten krok został już odłożony przez: {name}, {when}.',
  'seller.banner.moved': 'Ten krok nie jest już bieżący. Oto obecny stan sekwencji.',
  'seller.banner.ended': 'Ta sekwencja już się zakończyła. Nic nie zostało zapisane.',
  'seller.banner.paused':
    'Ta sekwencja jest wstrzymana, więc nic nie zostało zapisane. Wpisz „wznów moje sekwencje”, aby kontynuować.',
  'seller.banner.invalidOutcome': 'Ta odpowiedź nie pasuje do tego kroku. Nic nie zostało zapisane.',
  'seller.banner.snoozeInPast': 'Ten czas już minął. Wybierz późniejszy; nic nie zostało zmienione.',
  'seller.banner.listRecorded': '{mark} {outcome}: {step} dla rekordu {record}.',
  'seller.banner.listSkipped': '↷ Pominięto: {step} dla rekordu {record}.',
  'seller.banner.listSnoozed': 'Odłożono: {step} dla rekordu {record}. Nowy termin: {when}.',
  'seller.banner.nextFor': '{record} · {next}',

  // ---- Refusals and bad data -----------------------------------------------------------------
  'seller.action.notFound':
    'Nie mogę już znaleźć tego kroku (rekord mógł opuścić sekwencję). Nic nie zostało zmienione.',
  'seller.action.notYours':
    'Ten krok jest przypisany do innej osoby, więc niczego nie zmieniono. Możesz działać tylko na własnych krokach.',
  'seller.action.movedTo':
    'Ten krok należy teraz do: {name}, ponieważ rekord ma nowego właściciela. Nic nie zostało zmienione.',
  'seller.action.sequenceMissing': 'Sekwencja tego kroku już nie istnieje. Nic nie zostało zmienione.',

  // ---- Sequence flow card --------------------------------------------------------------------
  'seller.flow.title': '{sequence}',
  'seller.flow.subtitle': 'Rekord: {record} · {progress}',
  'seller.flow.doneBy': '{mark} {step}: {outcome} · {when} · {name}',
  'seller.flow.email': '✓ {step}: wysłano automatycznie · {when}',
  'seller.flow.command': '✓ {step}: wykonano automatycznie · {when}',
  'seller.flow.waited': '✓ {step} · zakończono {when}',
  'seller.flow.branched': '{mark} {step}: {outcome} · {when}',
  'seller.flow.current': '▶ {step} · {due}',
  'seller.flow.currentWaiting': '◷ {step} · koniec: {when}',
  'seller.flow.upcoming': '○ {step}',
  'seller.flow.showPicture': 'Pokaż cały przebieg',
  'seller.flow.hidePicture': 'Ukryj przebieg',
  'seller.flow.upcomingNote':
    'Kolejne kroki zakładają, że każda odpowiedź brzmi „tak”; odpowiedź „nie” prowadzi inną ścieżką.',
  'seller.flow.completedTitle': 'Ukończone',
  'seller.flow.currentTitle': 'Teraz',
  'seller.flow.upcomingTitle': 'Nadchodzące',
  'seller.flow.none': 'Brak',

  // ---- Work list -----------------------------------------------------------------------------
  'seller.list.title.all': 'Następne: {count} do zrobienia',
  'seller.list.title.overdue': 'Zaległe: {count}',
  'seller.list.title.calls': 'Rozmowy: {count} do zrobienia',
  'seller.list.title.emails': 'Wiadomości e-mail: {count} do zrobienia',
  'seller.list.summary': 'Od najstarszych, według rekordu. Strona {page} z {pages}.',
  'seller.list.more': 'Więcej ({page} z {pages})',
  'seller.list.empty.all': 'Na dzisiaj nic nie zaplanowano. Dobra robota!',
  'seller.list.empty.overdue': 'Nic nie jest zaległe.',
  'seller.list.empty.calls': 'Na dzisiaj nie ma zaplanowanych rozmów.',
  'seller.list.empty.emails': 'Na dzisiaj nie ma zaplanowanych wiadomości e-mail.',
  'seller.list.nextDue': 'Twój następny krok to „{step}” dla rekordu {record}, termin: {when}.',
  'seller.list.noSteps': 'Obecnie nie masz kroków w żadnej sekwencji.',
  'seller.list.catchUp': 'Witaj! Te kroki czekały na Ciebie:',
  'seller.list.itemSequence': '{sequence} · {stepOf}',
  'seller.list.waiting': 'Oczekiwanie na odpowiedź',
  'seller.list.subject': 'Temat: {subject}',

  // ---- Digest --------------------------------------------------------------------------------
  'seller.digest.title': 'Dzień dobry, {name}',
  'seller.digest.titleAfternoon': 'Dzień dobry, {name}',
  'seller.digest.titleEvening': 'Dobry wieczór, {name}',
  'seller.digest.doneToday': 'Wykonane dzisiaj',
  'seller.digest.intro': 'Twoje sekwencje na dzisiaj, {date}:',
  'seller.digest.dueToday': 'Na dzisiaj',
  'seller.digest.overdue': 'Zaległe',
  'seller.digest.doneYesterday': 'Wykonane wczoraj',
  'seller.digest.doneOn': 'Wykonane: {day}',
  'seller.digest.waiting': 'Oczekiwanie na odpowiedź',
  'seller.digest.first': 'Na początek:',
  'seller.digest.showAll': 'Pokaż wszystkie ({count})',
  'seller.digest.nothing': 'Na dzisiaj nic nie zaplanowano i nic nie jest zaległe.',

  // ---- Proactive notifications --------------------------------------------------------------
  'seller.push.upNext': 'Następne: {step} dla rekordu {record}',
  'seller.push.digest': 'Twoje podsumowanie: na dzisiaj {due}, zaległe {overdue}',

  // ---- Vacation ------------------------------------------------------------------------------
  'seller.pause.askDate':
    'Do kiedy? Na przykład: „wstrzymaj moje sekwencje do 2026-03-16” lub „do poniedziałku”.',
  'seller.pause.badDate':
    'Nie mogę odczytać „{text}” jako daty. Spróbuj „2026-03-16”, „16 marca” lub „poniedziałek”. Nic nie zostało zmienione.',
  'seller.pause.notFuture': 'Wybierz datę późniejszą niż dzisiaj. Nic nie zostało zmienione.',
  'seller.pause.tooFar': 'Wstrzymanie może trwać maksymalnie rok. Nic nie zostało zmienione.',
  'seller.pause.done':
    'Udanego urlopu! Wstrzymano Twoje sekwencje ({count}); zostaną wznowione {when}. Wtedy każdy krok otrzyma czas, który mu pozostał, więc nie nagromadzą się zaległości.',
  'seller.pause.already': 'Twoje sekwencje są już wstrzymane; zostaną wznowione {when}.',
  'seller.pause.doneNone':
    'Udanego urlopu! Nie masz teraz uruchomionych sekwencji; wszystko, co przypadnie przed {when}, poczeka do tego czasu.',
  'seller.resume.done':
    'Witaj z powrotem! Wznowiono Twoje sekwencje ({count}); każdy krok zachowuje czas, który mu pozostał.',
  'seller.resume.none': 'Żadna z Twoich sekwencji nie jest wstrzymana.',
  'seller.resume.doneNone':
    'Witaj z powrotem! Twój urlop się zakończył; żadna z Twoich sekwencji nie czekała na Ciebie.',
  'seller.resume.auto':
    'Witaj z powrotem, {name}! Wznowiono Twoje sekwencje ({count}); każdy krok zachowuje czas, który mu pozostał.',

  // ---- Settings ------------------------------------------------------------------------------
  'seller.hours.bad':
    'Nie mogę odczytać „{text}” jako godzin pracy. Spróbuj „ustaw moje godziny pracy 9-18”, „9:30-17:30” lub „od 9 do 18”. Nic nie zostało zmienione.',
  'seller.hours.order':
    'Dzień pracy musi się zaczynać przed swoim końcem ({start}–{end}). Nic nie zostało zmienione.',
  'seller.hours.done':
    'Twoje godziny pracy to teraz {start}–{end}, {days}, {zone}. Podsumowanie otrzymasz o {digest}.',
  'seller.zone.bad':
    '„{text}” to nieznana mi strefa czasowa. Użyj nazwy takiej jak „Europe/Warsaw” lub „America/New_York”. Nic nie zostało zmienione.',
  'seller.zone.done':
    'Twoja strefa czasowa to teraz {zone}: jest tam godzina {time}. Podsumowanie otrzymasz o {digest} Twojego czasu.',
  'seller.digestTime.bad':
    'Nie mogę odczytać „{text}” jako godziny. Spróbuj „wysyłaj moje podsumowanie o 7:30”. Nic nie zostało zmienione.',
  'seller.digestTime.done': 'Podsumowanie będzie teraz przychodzić o {time} ({zone}) w dni robocze.',

  // ---- Record changes ------------------------------------------------------------------------
  'seller.record.notFound': 'Wśród Twoich rekordów nie ma otwartego rekordu ({type}) o nazwie „{name}”.',
  'seller.record.choose': 'O który chodzi?',
  'seller.record.chooseTitle': 'Do „{name}” pasuje kilka Twoich rekordów',
  'seller.record.choice': '{name} · {company}',
  'seller.record.qualified':
    'Zakwalifikowano potencjalnego klienta {lead}: jest teraz szansą sprzedaży „{opportunity}” (etap: Rozwijanie). Opuszczone sekwencje dla potencjalnych klientów: {count}.',
  'seller.record.disqualified':
    'Zdyskwalifikowano potencjalnego klienta {lead}. Opuszczone sekwencje: {count}.',
  'seller.record.closed':
    'Zamknięto szansę sprzedaży {opportunity} jako: {stage}. Opuszczone sekwencje: {count}.',
  'seller.record.notOpen': 'Rekord {name} jest już zamknięty. Nic nie zostało zmienione.',
  'seller.record.askName': 'Który rekord? Na przykład: „kwalifikuj Jane Doe”.',
  'seller.record.askOutcome':
    'Wygrana czy przegrana? Na przykład: „zamknij transakcję Contoso jako wygraną”.',
} satisfies Record<keyof typeof en, string>;
