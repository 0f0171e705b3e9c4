// Polish texts of the built-in sequence templates, by template and step id.
import type en from '../en/templates.js';

export default {
  'template.account-renewal.name': 'Nadchodzące odnowienie konta',
  'template.account-renewal.description':
    'Przypomina opiekunom kont o nadchodzącym odnowieniu i prowadzi przez nie: sprawdź szczegóły, spotkaj się z klientem, zaproponuj dodatki, uzyskaj zatwierdzenie i akceptację oferty, podpisz umowę i podziękuj.',
  'template.account-renewal.step.verify-renewal.name': 'Sprawdź szczegóły odnowienia',
  'template.account-renewal.step.verify-renewal.description':
    'Sprawdź konto i jego odnowienie: datę zakończenia umowy, produkty i licencje, aktualną cenę, osoby decyzyjne oraz otwarte zgłoszenia pomocy technicznej.',
  'template.account-renewal.step.renewal-meeting-email.name': 'Poproś o spotkanie w sprawie odnowienia',
  'template.account-renewal.step.renewal-meeting-email.description':
    'Poinformuj klienta, że zbliża się odnowienie, i poproś o zaplanowanie spotkania, aby je omówić.',
  'template.account-renewal.step.wait-for-meeting.name': 'Oczekiwanie: 10 dni',
  'template.account-renewal.step.wait-for-meeting.description':
    'Czas na odbycie spotkania w sprawie odnowienia.',
  'template.account-renewal.step.review-usage.name': 'Przejrzyj użycie i dodatki',
  'template.account-renewal.step.review-usage.description':
    'Przejrzyj produkty i funkcje, z których korzysta konto (oraz te, z których nie korzysta), i poszukaj dodatków, które możesz zaproponować. Przygotuj dwie lub trzy propozycje na rozmowę.',
  'template.account-renewal.step.add-ons-call.name': 'Rozmowa o dodatkach',
  'template.account-renewal.step.add-ons-call.description':
    'Zadzwoń do klienta, aby odpowiedzieć na jego pytania dotyczące odnowienia i przedstawić dodatki pasujące do sposobu, w jaki korzysta z produktu. Zapisz każde pytanie, na które nie możesz odpowiedzieć od razu.',
  'template.account-renewal.step.wait-after-add-ons-call.name': 'Oczekiwanie: 7 dni',
  'template.account-renewal.step.wait-after-add-ons-call.description':
    'Tydzień na zebranie odpowiedzi dla klienta.',
  'template.account-renewal.step.work-action-items.name': 'Zrealizuj zadania do wykonania',
  'template.account-renewal.step.work-action-items.description':
    'Zapisz zadania do wykonania z ostatniej rozmowy i zrealizuj je: odpowiedzi na pytania, informacje do wysłania, osoby do zaangażowania.',
  'template.account-renewal.step.follow-up-meeting-email.name': 'Poproś o kolejne spotkanie',
  'template.account-renewal.step.follow-up-meeting-email.description':
    'Poproś o kolejne spotkanie, aby odpowiedzieć na pytania klienta i wyjaśnić jego pozostałe wątpliwości.',
  'template.account-renewal.step.wait-for-follow-up-meeting.name': 'Oczekiwanie: 7 dni',
  'template.account-renewal.step.wait-for-follow-up-meeting.description':
    'Czas na odbycie kolejnego spotkania.',
  'template.account-renewal.step.prepare-quote.name': 'Przygotuj ofertę odnowienia',
  'template.account-renewal.step.prepare-quote.description':
    'Przygotuj ofertę odnowienia: obecne produkty i licencje, dodatki, którymi klient jest zainteresowany, oraz ceny.',
  'template.account-renewal.step.approve-quote.name': 'Uzyskaj zatwierdzenie oferty',
  'template.account-renewal.step.approve-quote.description':
    'Przejrzyj ofertę ze swoim zespołem sprzedaży i uzyskaj jej zatwierdzenie, w tym rabatów i warunków, zanim ją udostępnisz.',
  'template.account-renewal.step.wait-for-approval.name': 'Oczekiwanie: 7 dni',
  'template.account-renewal.step.wait-for-approval.description': 'Tydzień na zatwierdzenie oferty.',
  'template.account-renewal.step.quote-call.name': 'Rozmowa o ofercie',
  'template.account-renewal.step.quote-call.description':
    'Zadzwoń do klienta, aby omówić zatwierdzoną ofertę odnowienia i zmiany od poprzedniego okresu. Powiedz, że wyślesz ją e-mailem do przejrzenia.',
  'template.account-renewal.step.quote-email.name': 'Wyślij ofertę e-mailem',
  'template.account-renewal.step.quote-email.description':
    'Wyślij klientowi zatwierdzoną ofertę e-mailem do przejrzenia i podaj, kiedy zadzwonisz, aby ją sfinalizować.',
  'template.account-renewal.step.wait-for-review.name': 'Oczekiwanie: 5 dni',
  'template.account-renewal.step.wait-for-review.description': 'Czas dla klienta na przejrzenie oferty.',
  'template.account-renewal.step.finalise-quote-call.name': 'Rozmowa w celu sfinalizowania oferty',
  'template.account-renewal.step.finalise-quote-call.description':
    'Zadzwoń do klienta, aby odpowiedzieć na pozostałe pytania, uzgodnić ostatnie zmiany i sfinalizować ofertę.',
  'template.account-renewal.step.wait-for-contract.name': 'Oczekiwanie: 14 dni',
  'template.account-renewal.step.wait-for-contract.description': 'Czas na przygotowanie umowy odnowienia.',
  'template.account-renewal.step.sign-contract.name': 'Podpisz umowę odnowienia',
  'template.account-renewal.step.sign-contract.description':
    'Omów z klientem umowę odnowienia, wyślij ją do podpisu i pilnuj sprawy, aż zostanie podpisana.',
  'template.account-renewal.step.thank-you-email.name': 'E-mail z podziękowaniem',
  'template.account-renewal.step.thank-you-email.description':
    'Podziękuj klientowi za podpisanie umowy odnowienia.',
  'template.event-invite.name': 'Zaproszenie na nadchodzące wydarzenie',
  'template.event-invite.description':
    'Pomaga sprzedawcom budować relacje i zwiększać frekwencję na nadchodzącym wydarzeniu, takim jak webinar online lub konferencja stacjonarna: zaproszenie, przypomnienie i rozmowa telefoniczna; kontakty, z którymi nie udało się połączyć, są oznaczane do przyszłych wydarzeń.',
  'template.event-invite.step.invitation-email.name': 'Osobiste zaproszenie',
  'template.event-invite.step.invitation-email.description':
    'Wyślij osobiste zaproszenie na wydarzenie. Dodaj jego nazwę, datę, miejsce lub link oraz jeden powód, dla którego jest ważne dla tego kontaktu.',
  'template.event-invite.step.invitation-reply.name': 'Odpowiedź na zaproszenie?',
  'template.event-invite.step.invitation-reply.description':
    'Czeka na odpowiedź maksymalnie 2 dni. Jest odpowiedź: wyślij potwierdzenie ze szczegółami wydarzenia. Brak odpowiedzi: wyślij przypomnienie.',
  'template.event-invite.step.confirmation-email.name': 'Potwierdzenie ze szczegółami wydarzenia',
  'template.event-invite.step.confirmation-email.description':
    'Kontakt odpowiedział. Potwierdź jego udział i wyślij szczegóły wydarzenia (datę, godzinę, miejsce lub link do dołączenia, program) wraz z zaproszeniem w kalendarzu.',
  'template.event-invite.step.follow-up-email.name': 'Przypomnienie o zaproszeniu',
  'template.event-invite.step.follow-up-email.description':
    'Nadal brak odpowiedzi. Wyślij krótkie przypomnienie: przypomnij kontaktowi datę i zadaj proste pytanie (czy uda się przyjść?).',
  'template.event-invite.step.follow-up-reply.name': 'Odpowiedź na przypomnienie?',
  'template.event-invite.step.follow-up-reply.description':
    'Czeka na odpowiedź maksymalnie 2 dni. Jest odpowiedź: wyślij potwierdzenie ze szczegółami wydarzenia. Brak odpowiedzi: zadzwoń do kontaktu.',
  'template.event-invite.step.invitation-call.name': 'Rozmowa w sprawie zaproszenia',
  'template.event-invite.step.invitation-call.description':
    'Zadzwoń do kontaktu: wspomnij o zaproszeniu, w jednym lub dwóch zdaniach przedstaw najważniejsze punkty wydarzenia i zapytaj, czy może dołączyć.',
  'template.event-invite.step.invitation-call-answered.name': 'Odebrano rozmowę w sprawie zaproszenia?',
  'template.event-invite.step.invitation-call-answered.description':
    'Odebrano: potwierdź e-mailem, co zostało uzgodnione. Nie odebrano w ciągu 1 dnia: oznacz kontakt do przyszłych wydarzeń.',
  'template.event-invite.step.call-confirmation-email.name': 'Potwierdź ustalenia',
  'template.event-invite.step.call-confirmation-email.description':
    'Potwierdź ustalenia z rozmowy i wyślij szczegóły wydarzenia wraz z zaproszeniem w kalendarzu.',
  'template.event-invite.step.mark-future-events.name': 'Oznacz do przyszłych wydarzeń',
  'template.event-invite.step.mark-future-events.description':
    'Nie udało się skontaktować z kontaktem: oznacza go do przyszłych wydarzeń, aby otrzymał zaproszenie następnym razem.',
  'template.no-show.name': 'Ponowny kontakt, gdy kontakty nie pojawią się na spotkaniu',
  'template.no-show.description':
    'Pomaga sprzedawcom ponownie skontaktować się z klientami, którzy nie pojawili się na spotkaniu: e-mail i rozmowa telefoniczna w celu ustalenia nowego terminu, potem wstępnie zarezerwowane spotkanie, a na końcu inne kontakty w firmie.',
  'template.no-show.step.missed-meeting-email.name': 'E-mail o nieodbytym spotkaniu',
  'template.no-show.step.missed-meeting-email.description':
    'Napisz do kontaktu w sprawie spotkania, na którym się nie pojawił. Zachowaj życzliwy ton, bez obwiniania: napisz, że żałujesz, że nie udało się porozmawiać, i poproś o inny termin w tym lub przyszłym tygodniu.',
  'template.no-show.step.missed-meeting-reply.name': 'Odpowiedź na e-mail o nieodbytym spotkaniu?',
  'template.no-show.step.missed-meeting-reply.description':
    'Czeka na odpowiedź maksymalnie 1 dzień. Jest odpowiedź: zadzwoń, aby przekazać szczegóły i ustalić nowy termin. Brak odpowiedzi: i tak zadzwoń.',
  'template.no-show.step.share-details-call.name': 'Rozmowa w celu ustalenia nowego terminu',
  'template.no-show.step.share-details-call.description':
    'Kontakt odpowiedział. Zadzwoń, aby podziękować, przekazać szczegóły nieodbytego spotkania (program, co chcesz pokazać, kto weźmie udział) i od razu podczas rozmowy zarezerwować nowy termin.',
  'template.no-show.step.follow-up-call.name': 'Ponowna rozmowa',
  'template.no-show.step.follow-up-call.description':
    'Brak odpowiedzi na e-mail. Zadzwoń do kontaktu: wspomnij o nieodbytym spotkaniu, w dwóch zdaniach przekaż jego szczegóły i poproś o nowy termin. Jeśli kontakt nie odbierze, zostaw krótką wiadomość głosową.',
  'template.no-show.step.follow-up-call-answered.name': 'Odebrano ponowną rozmowę?',
  'template.no-show.step.follow-up-call-answered.description':
    'Odebrano: wyślij zaproszenie na nowe spotkanie. Nie odebrano w ciągu 1 dnia: odczekaj dwa dni i zaproponuj wstępnie zarezerwowane spotkanie.',
  'template.no-show.step.send-new-invite.name': 'Wyślij zaproszenie na nowe spotkanie',
  'template.no-show.step.send-new-invite.description':
    'Wyślij zaproszenie na spotkanie w terminie uzgodnionym podczas rozmowy, ze szczegółami, które zostały omówione: programem, uczestnikami i linkiem do dołączenia.',
  'template.no-show.step.wait-2-days.name': 'Oczekiwanie: 2 dni',
  'template.no-show.step.wait-2-days.description': 'Daje kontaktowi dwa dni przed kolejnym e-mailem.',
  'template.no-show.step.placeholder-meeting-email.name': 'E-mail z wstępnie zarezerwowanym spotkaniem',
  'template.no-show.step.placeholder-meeting-email.description':
    'Zaproponuj konkretny, wstępnie zarezerwowany termin (na przykład czwartek o 10:00) i wyślij zaproszenie razem z tym e-mailem; napisz kontaktowi, że może go przesunąć lub odpowiedzieć z lepszym terminem.',
  'template.no-show.step.placeholder-meeting-reply.name': 'Odpowiedź na e-mail z wstępnym terminem?',
  'template.no-show.step.placeholder-meeting-reply.description':
    'Czeka na odpowiedź maksymalnie 1 dzień. Jest odpowiedź: zadzwoń, aby potwierdzić. Brak odpowiedzi: skontaktuj się z innymi kontaktami w firmie.',
  'template.no-show.step.confirm-meeting-call.name': 'Rozmowa w celu potwierdzenia spotkania',
  'template.no-show.step.confirm-meeting-call.description':
    'Kontakt odpowiedział. Zadzwoń, aby potwierdzić termin spotkania, przekazać szczegóły nieodbytego spotkania i odpowiedzieć na pytania przed spotkaniem.',
  'template.no-show.step.reach-other-contacts.name': 'Skontaktuj się z innymi kontaktami',
  'template.no-show.step.reach-other-contacts.description':
    'Kontakt nie odpowiedział. Znajdź inne kontakty w firmie (współpracownika z zespołu, przełożonego lub innego interesariusza) i skontaktuj się z jednym z nich, aby podtrzymać rozmowę.',
  'template.outbound-prospecting.name': 'Pozyskiwanie potencjalnych klientów na dużą skalę',
  'template.outbound-prospecting.description':
    'Pomaga sprzedawcom spotkać się z potencjalnymi klientami i zrozumieć ich potrzeby: automatyczna wiadomość powitalna, wyszukiwanie w LinkedIn i maksymalnie trzy rozmowy telefoniczne w celu umówienia spotkania; potencjalny klient, który nigdy nie odbiera, zostaje zdyskwalifikowany.',
  'template.outbound-prospecting.step.intro-email.name': 'E-mail powitalny',
  'template.outbound-prospecting.step.intro-email.description':
    'Wysyłany automatycznie: przedstawia Cię potencjalnemu klientowi, podając Twoje imię i nazwisko oraz dane kontaktowe.',
  'template.outbound-prospecting.step.research-lead.name':
    'Wyszukaj informacje o potencjalnym kliencie w LinkedIn',
  'template.outbound-prospecting.step.research-lead.description':
    'Wyszukaj potencjalnego klienta i jego firmę w LinkedIn: stanowisko, staż, ostatnie posty, wiadomości o firmie i wspólne kontakty. Zanotuj jedną lub dwie rzeczy, o których warto wspomnieć podczas rozmowy.',
  'template.outbound-prospecting.step.first-call.name': 'Rozmowa wprowadzająca',
  'template.outbound-prospecting.step.first-call.description':
    'Zadzwoń do potencjalnego klienta. Jeśli odbierze, omów jego potrzeby i priorytety, nawiąż z nim kontakt w LinkedIn i umów spotkanie, aby przenieść transakcję do następnego etapu. Jeśli nie, zostaw krótką wiadomość głosową.',
  'template.outbound-prospecting.step.first-call-answered.name': 'Odebrano rozmowę wprowadzającą?',
  'template.outbound-prospecting.step.first-call-answered.description':
    'Odebrano: sekwencja się kończy, ponieważ spotkanie zostało umówione podczas rozmowy. Nie odebrano w ciągu 1 dnia: wysyłany jest automatyczny e-mail przypominający.',
  'template.outbound-prospecting.step.follow-up-email.name': 'E-mail przypominający',
  'template.outbound-prospecting.step.follow-up-email.description':
    'Wysyłany automatycznie po nieodebranej rozmowie: prosi potencjalnego klienta o dogodny termin rozmowy.',
  'template.outbound-prospecting.step.wait-3-days.name': 'Oczekiwanie: 3 dni',
  'template.outbound-prospecting.step.wait-3-days.description':
    'Daje potencjalnemu klientowi trzy dni na przeczytanie e-maila przypominającego przed kolejną rozmową.',
  'template.outbound-prospecting.step.second-call.name': 'Druga rozmowa',
  'template.outbound-prospecting.step.second-call.description':
    'Zadzwoń ponownie do potencjalnego klienta i wspomnij o swoich e-mailach. Jeśli odbierze, omów jego potrzeby i umów spotkanie, aby przenieść transakcję do następnego etapu.',
  'template.outbound-prospecting.step.second-call-answered.name': 'Odebrano drugą rozmowę?',
  'template.outbound-prospecting.step.second-call-answered.description':
    'Odebrano: sekwencja się kończy, ponieważ spotkanie zostało umówione podczas rozmowy. Nie odebrano w ciągu 1 dnia: odczekaj dwa dni, a potem wykonaj ostatnią rozmowę.',
  'template.outbound-prospecting.step.wait-2-days.name': 'Oczekiwanie: 2 dni',
  'template.outbound-prospecting.step.wait-2-days.description': 'Dwa dni przed ostatnią rozmową.',
  'template.outbound-prospecting.step.final-call.name': 'Ostatnia rozmowa',
  'template.outbound-prospecting.step.final-call.description':
    'Zadzwoń ostatni raz. Jeśli potencjalny klient odbierze, omów jego potrzeby i umów spotkanie, aby przenieść transakcję do następnego etapu. Jeśli nie odbierze w ciągu dwóch dni, zostanie zdyskwalifikowany.',
  'template.outbound-prospecting.step.final-call-answered.name': 'Odebrano ostatnią rozmowę?',
  'template.outbound-prospecting.step.final-call-answered.description':
    'Odebrano: sekwencja kończy się umówionym spotkaniem. Nie odebrano w ciągu 2 dni: potencjalny klient zostaje zdyskwalifikowany.',
  'template.outbound-prospecting.step.disqualify-lead.name': 'Dyskwalifikuj potencjalnego klienta',
  'template.outbound-prospecting.step.disqualify-lead.description':
    'Oznacza potencjalnego klienta jako zdyskwalifikowanego po trzech nieodebranych rozmowach; następnie opuszcza on swoje sekwencje.',
  'template.product-demo.name': 'Demo produktu',
  'template.product-demo.description':
    'Pomaga sprzedawcom umówić spotkanie z klientami, którzy poprosili o demo produktu: podziękuj, nawiąż kontakt w LinkedIn, uzgodnij termin e-mailem lub telefonicznie, a następnie zorganizuj i przeprowadź demo; szansa sprzedaży, która nigdy nie odpowiada, zostaje zamknięta jako przegrana.',
  'template.product-demo.step.thank-you-email.name': 'E-mail z podziękowaniem',
  'template.product-demo.step.thank-you-email.description':
    'Podziękuj klientowi za zainteresowanie produktem i napisz, że wkrótce się odezwiesz, aby ustalić termin demo.',
  'template.product-demo.step.research-customer.name': 'Wyszukiwanie w LinkedIn',
  'template.product-demo.step.research-customer.description':
    'Wyszukaj w LinkedIn osobę, która poprosiła o demo, i jej firmę: stanowisko, zespół i wiadomości o firmie. Zanotuj, co ta osoba będzie chciała zobaczyć podczas demo.',
  'template.product-demo.step.connect-customer.name': 'Nawiąż kontakt w LinkedIn',
  'template.product-demo.step.connect-customer.description':
    'Wyślij zaproszenie do kontaktów osobie, która poprosiła o demo, z krótką notatką z podziękowaniem za zainteresowanie.',
  'template.product-demo.step.wait-1-day.name': 'Oczekiwanie: 1 dzień',
  'template.product-demo.step.wait-1-day.description': 'Jeden dzień przed prośbą o termin demo.',
  'template.product-demo.step.demo-time-email.name': 'Poproś o termin demo',
  'template.product-demo.step.demo-time-email.description':
    'Poproś klienta o termin demo i o to, kto jeszcze powinien wziąć w nim udział. Jeśli możesz, zaproponuj dwa lub trzy terminy.',
  'template.product-demo.step.demo-time-reply.name': 'Odpowiedź z terminem demo?',
  'template.product-demo.step.demo-time-reply.description':
    'Czeka na odpowiedź maksymalnie 1 dzień. Jest odpowiedź: zorganizuj spotkanie z demo. Brak odpowiedzi: zadzwoń do klienta.',
  'template.product-demo.step.set-up-demo.name': 'Zorganizuj spotkanie z demo',
  'template.product-demo.step.set-up-demo.description':
    'Wyślij zaproszenie na spotkanie w uzgodnionym terminie do wszystkich, którzy powinni wziąć w nim udział, i przygotuj demo pod kątem tego, o co pytał klient.',
  'template.product-demo.step.run-demo.name': 'Pokaż demo produktu',
  'template.product-demo.step.run-demo.description':
    'Przeprowadź demo: zacznij od potrzeb klienta, pokaż funkcje, które je spełniają, i uzgodnij następny krok przed końcem spotkania.',
  'template.product-demo.step.demo-call.name': 'Rozmowa w celu umówienia demo',
  'template.product-demo.step.demo-call.description':
    'Brak odpowiedzi na e-mail. Zadzwoń do klienta, aby uzgodnić termin demo i listę uczestników.',
  'template.product-demo.step.demo-call-answered.name': 'Odebrano rozmowę w sprawie demo?',
  'template.product-demo.step.demo-call-answered.description':
    'Odebrano: zorganizuj spotkanie z demo. Nie odebrano w ciągu 12 godzin: odczekaj dwa dni i zadzwoń ponownie.',
  'template.product-demo.step.wait-2-days.name': 'Oczekiwanie: 2 dni',
  'template.product-demo.step.wait-2-days.description': 'Dwa dni przed ponowną rozmową.',
  'template.product-demo.step.follow-up-call.name': 'Ponowna rozmowa',
  'template.product-demo.step.follow-up-call.description':
    'Zadzwoń jeszcze raz, aby umówić demo. Jeśli klient nie odbierze w ciągu 12 godzin, szansa sprzedaży zostanie zamknięta jako przegrana.',
  'template.product-demo.step.follow-up-call-answered.name': 'Odebrano ponowną rozmowę?',
  'template.product-demo.step.follow-up-call-answered.description':
    'Odebrano: zorganizuj spotkanie z demo. Nie odebrano w ciągu 12 godzin: szansa sprzedaży zostaje zamknięta jako przegrana.',
  'template.product-demo.step.close-as-lost.name': 'Zamknij jako przegraną',
  'template.product-demo.step.close-as-lost.description':
    'Nie udało się skontaktować z klientem: zamyka szansę sprzedaży jako przegraną (dyskwalifikuje ją); następnie opuszcza ona swoje sekwencje.',
  'template.webinar-follow-up.name': 'Kontynuacja po webinarze',
  'template.webinar-follow-up.description':
    'Pomaga sprzedawcom umówić spotkanie z potencjalnymi klientami, którzy niedawno uczestniczyli w webinarze lub wydarzeniu online: podziękuj i poproś o spotkanie, przypomnij się e-mailem i telefonicznie, zakwalifikuj potencjalnego klienta po uzgodnieniu spotkania albo zdyskwalifikuj go, gdy nie ma odpowiedzi.',
  'template.webinar-follow-up.step.thank-you-email.name': 'E-mail z podziękowaniem',
  'template.webinar-follow-up.step.thank-you-email.description':
    'Wysyłany automatycznie: dziękuje potencjalnemu klientowi za udział w webinarze i prosi o spotkanie, aby omówić kolejne kroki i odpowiedzieć na pytania.',
  'template.webinar-follow-up.step.thank-you-reply.name': 'Odpowiedź na e-mail z podziękowaniem?',
  'template.webinar-follow-up.step.thank-you-reply.description':
    'Czeka na odpowiedź maksymalnie 1 dzień. Jest odpowiedź: potwierdź spotkanie. Brak odpowiedzi: wyślij e-mail przypominający.',
  'template.webinar-follow-up.step.confirmation-email.name': 'Potwierdź spotkanie',
  'template.webinar-follow-up.step.confirmation-email.description':
    'Potencjalny klient odpowiedział. Potwierdź spotkanie w zaproponowanym przez niego terminie (lub zaproponuj termin) i napisz, czego będzie dotyczyć: demo produktu i odpowiedzi na pytania.',
  'template.webinar-follow-up.step.set-up-demo.name': 'Zorganizuj demo produktu',
  'template.webinar-follow-up.step.set-up-demo.description':
    'Wyślij zaproszenie na spotkanie z demo produktu i przygotuj demo pod kątem pytań potencjalnego klienta i tego, co zobaczył podczas webinaru.',
  'template.webinar-follow-up.step.qualify-lead.name': 'Kwalifikuj potencjalnego klienta',
  'template.webinar-follow-up.step.qualify-lead.description':
    'Oznacza potencjalnego klienta jako zakwalifikowanego, ponieważ spotkanie jest umówione; następnie opuszcza on swoje sekwencje.',
  'template.webinar-follow-up.step.follow-up-email.name': 'E-mail przypominający',
  'template.webinar-follow-up.step.follow-up-email.description':
    'Nadal brak odpowiedzi. Wyślij krótkie przypomnienie z jednym najważniejszym wnioskiem z webinaru i ponownie poproś o spotkanie.',
  'template.webinar-follow-up.step.follow-up-reply.name': 'Odpowiedź na przypomnienie?',
  'template.webinar-follow-up.step.follow-up-reply.description':
    'Czeka na odpowiedź maksymalnie 1 dzień. Jest odpowiedź: potwierdź spotkanie. Brak odpowiedzi: zadzwoń do potencjalnego klienta.',
  'template.webinar-follow-up.step.next-steps-call.name': 'Rozmowa o kolejnych krokach',
  'template.webinar-follow-up.step.next-steps-call.description':
    'Zadzwoń do potencjalnego klienta: zapytaj o wrażenia z webinaru, odpowiedz na pytania i uzgodnij termin spotkania z demo produktu.',
  'template.webinar-follow-up.step.next-steps-call-answered.name': 'Odebrano rozmowę o kolejnych krokach?',
  'template.webinar-follow-up.step.next-steps-call-answered.description':
    'Odebrano: potwierdź e-mailem uzgodnione spotkanie. Nie odebrano w ciągu 1 dnia: odczekaj dwa dni i wyślij ostatni e-mail.',
  'template.webinar-follow-up.step.call-confirmation-email.name':
    'Potwierdź spotkanie uzgodnione podczas rozmowy',
  'template.webinar-follow-up.step.call-confirmation-email.description':
    'Potwierdź spotkanie uzgodnione podczas rozmowy, podając jego termin i tematy, i wyślij zaproszenie na spotkanie.',
  'template.webinar-follow-up.step.qualify-after-call.name': 'Kwalifikuj potencjalnego klienta',
  'template.webinar-follow-up.step.qualify-after-call.description':
    'Oznacza potencjalnego klienta jako zakwalifikowanego, ponieważ spotkanie jest uzgodnione; następnie opuszcza on swoje sekwencje.',
  'template.webinar-follow-up.step.wait-2-days.name': 'Oczekiwanie: 2 dni',
  'template.webinar-follow-up.step.wait-2-days.description': 'Dwa dni przed ostatnim e-mailem.',
  'template.webinar-follow-up.step.final-email.name': 'Ostatni e-mail przypominający',
  'template.webinar-follow-up.step.final-email.description':
    'Wyślij ostatni, krótki e-mail z prośbą o spotkanie i zostaw otwartą możliwość kontaktu w przyszłości.',
  'template.webinar-follow-up.step.final-email-reply.name': 'Odpowiedź na ostatni e-mail?',
  'template.webinar-follow-up.step.final-email-reply.description':
    'Czeka na odpowiedź maksymalnie 2 dni. Jest odpowiedź: potwierdź spotkanie. Brak odpowiedzi: potencjalny klient zostaje zdyskwalifikowany.',
  'template.webinar-follow-up.step.disqualify-lead.name': 'Dyskwalifikuj potencjalnego klienta',
  'template.webinar-follow-up.step.disqualify-lead.description':
    'Potencjalny klient nigdy nie odpowiedział: oznacza go jako zdyskwalifikowanego; następnie opuszcza on swoje sekwencje.',
} satisfies Record<keyof typeof en, string>;
