// Polish messages: validation of step graphs, activation and connecting records (src/domain/validation.ts).
import type en from '../en/validation.js';

export default {
  'validation.duplicateStepId':
    'Co najmniej dwa kroki mają identyfikator „{stepId}”. Nadaj każdemu krokowi własny identyfikator.',
  'validation.noStart':
    'Sekwencja ma kroki, ale żaden nie następuje po kroku „Sekwencja rozpoczyna się tu”. Wybierz pierwszy krok.',
  'validation.unknownStart':
    'Sekwencja zaczyna się od kroku „{target}”, ale nie ma kroku o tym identyfikatorze.',
  'validation.unknownNext':
    'Po kroku „{stepName}” następuje „{target}”, ale nie ma kroku o tym identyfikatorze.',
  'validation.unknownBranch':
    'Warunek „{stepName}” kieruje ścieżkę „{branch}” do „{target}”, ale nie ma kroku o tym identyfikatorze.',
  'validation.unknownAbout':
    'Warunek „{stepName}” sprawdza krok „{target}”, ale nie ma kroku o tym identyfikatorze.',
  'validation.emptyAdvanceTarget':
    'Krok „{stepName}” przenosi do innej sekwencji, ale nie wskazuje której. Wybierz sekwencję.',
  'validation.invalidWaitDuration':
    'Czas oczekiwania „{stepName}” musi być podany w pełnych dniach i godzinach, bez wartości ujemnych, z liczbą godzin mniejszą niż 24.',
  'validation.waitTooLong':
    'Czas oczekiwania „{stepName}” przekracza maksimum (dni: {max}). Skróć go lub podziel, wstawiając pomiędzy inny krok.',
  'validation.waitAtEnd':
    'Czas oczekiwania „{stepName}” jest ostatnim krokiem swojej ścieżki, a sekwencja nie może kończyć się oczekiwaniem. Dodaj po nim krok lub go usuń.',
  'validation.invalidTimeLimit':
    'Warunek „{stepName}” wymaga limitu czasu w pełnych dniach i godzinach, bez wartości ujemnych, z liczbą godzin mniejszą niż 24.',
  'validation.missingTimeLimit':
    'Warunek „{stepName}” wymaga limitu czasu większego niż zero: po jego upływie wybierana jest ścieżka „nie”.',
  'validation.conditionNotAfterStep':
    'Warunek „{stepName}” musi następować bezpośrednio po sprawdzanym kroku „{aboutName}” i po żadnym innym.',
  'validation.replyConditionNeedsEmail':
    'Warunek „{stepName}” czeka na odpowiedź, więc sprawdzany krok musi być wiadomością e-mail; „{aboutName}” nią nie jest.',
  'validation.answerConditionNeedsCall':
    'Warunek „{stepName}” czeka na odebranie połączenia, więc sprawdzany krok musi być rozmową telefoniczną; „{aboutName}” nią nie jest.',
  'validation.advanceFirst':
    'Krok „{stepName}” przenosi do innej sekwencji, więc nie może być pierwszym krokiem.',
  'validation.stepAfterAdvance':
    'Krok „{stepName}” przenosi do innej sekwencji, więc nie może po nim następować żaden krok.',
  'validation.closingCommandNotLast':
    'Krok „{stepName}” kwalifikuje, dyskwalifikuje lub zamyka rekord, co usuwa go z jego sekwencji, więc nie może po nim następować żaden krok.',
  'validation.cycle':
    'Krok „{stepName}” prowadzi z powrotem do siebie. Sekwencja musi zawsze iść naprzód: usuń pętlę.',
  'validation.unreachableStep':
    'Do kroku „{stepName}” nie da się dojść od początku sekwencji. Połącz go lub usuń.',
  'validation.automatedEmailNeedsTemplate':
    'Automatyczna wiadomość e-mail „{stepName}” wymaga szablonu wiadomości e-mail z tematem i treścią, ponieważ system wysyła ją sam.',
  'validation.emptySequence':
    'Sekwencja „{sequenceName}” nie ma kroków, więc nie można jej aktywować. Dodaj co najmniej jeden krok.',
  'validation.tooManyActiveSequences':
    'Liczba aktywnych sekwencji w Twojej organizacji: {count}, a dozwolone jest maksymalnie {max}. Dezaktywuj jedną z nich przed aktywowaniem sekwencji „{sequenceName}”.',
  'validation.sequenceNotActive':
    'Sekwencja „{sequenceName}” nie jest aktywna, więc nie można łączyć z nią rekordów.',
  'validation.recordTypeMismatch':
    'Sekwencja „{sequenceName}” jest przeznaczona dla rekordów typu {sequenceType}, więc nie można połączyć z nią rekordu {recordName} (typ: {recordType}).',
  'validation.leadClosed':
    'Potencjalny klient {recordName} ma już stan {status}, więc nie można połączyć go z sekwencją.',
  'validation.opportunityClosed':
    'Szansa sprzedaży {recordName} została zamknięta jako {stage}, więc nie można połączyć jej z sekwencją.',
  'validation.notFound': 'Nie można znaleźć elementu „{id}”.',
} satisfies Record<keyof typeof en, string>;
