// Galician messages: validation of step graphs, activation and connecting records (src/domain/validation.ts).
import type en from '../en/validation.js';

export default {
  'validation.duplicateStepId': 'Dous ou máis pasos usan o id "{stepId}". Dálle a cada paso o seu propio id.',
  'validation.noStart':
    'A secuencia ten pasos, pero ningún vai despois de "A secuencia comeza aquí". Escolle o primeiro paso.',
  'validation.unknownStart': 'A secuencia comeza co paso "{target}", pero non hai ningún paso con ese id.',
  'validation.unknownNext':
    'Despois do paso "{stepName}" vai "{target}", pero non hai ningún paso con ese id.',
  'validation.unknownBranch':
    'A condición "{stepName}" envía a súa ruta "{branch}" a "{target}", pero non hai ningún paso con ese id.',
  'validation.unknownAbout':
    'A condición "{stepName}" comproba o paso "{target}", pero non hai ningún paso con ese id.',
  'validation.emptyAdvanceTarget':
    'O paso "{stepName}" avanza a outra secuencia, pero non indica cal. Escolle a secuencia.',
  'validation.invalidWaitDuration':
    'A espera "{stepName}" debe durar días e horas enteiros, ningún negativo, con menos de 24 horas.',
  'validation.waitTooLong':
    'A espera "{stepName}" dura máis de {max} días, o máximo que pode durar unha espera. Acúrtaa ou divídea cun paso no medio.',
  'validation.waitAtEnd':
    'A espera "{stepName}" é o último paso da súa ruta, e unha secuencia non pode rematar cunha espera. Engade un paso despois dela ou elimínaa.',
  'validation.invalidTimeLimit':
    'A condición "{stepName}" necesita un límite de tempo en días e horas enteiros, ningún negativo, con menos de 24 horas.',
  'validation.missingTimeLimit':
    'A condición "{stepName}" necesita un límite de tempo maior ca cero: cando pasa, tómase a ruta "non".',
  'validation.conditionNotAfterStep':
    'A condición "{stepName}" debe ir xusto despois do paso que comproba, "{aboutName}", e despois de ningún outro paso.',
  'validation.replyConditionNeedsEmail':
    'A condición "{stepName}" agarda unha resposta, así que o paso que comproba debe ser un correo electrónico; "{aboutName}" non o é.',
  'validation.answerConditionNeedsCall':
    'A condición "{stepName}" agarda unha chamada respondida, así que o paso que comproba debe ser unha chamada telefónica; "{aboutName}" non o é.',
  'validation.advanceFirst':
    'O paso "{stepName}" avanza a outra secuencia, así que non pode ser o primeiro paso.',
  'validation.stepAfterAdvance':
    'O paso "{stepName}" avanza a outra secuencia, así que ningún paso pode ir despois del.',
  'validation.closingCommandNotLast':
    'O paso "{stepName}" cualifica, descualifica ou pecha o rexistro, o que o saca das súas secuencias, así que ningún paso pode ir despois del.',
  'validation.cycle':
    'O paso "{stepName}" leva de volta a si mesmo. Unha secuencia sempre debe avanzar: elimina o bucle.',
  'validation.unreachableStep':
    'Non se pode chegar ao paso "{stepName}" desde o comezo da secuencia. Conéctao ou elimínao.',
  'validation.automatedEmailNeedsTemplate':
    'O correo electrónico automatizado "{stepName}" necesita un modelo de correo con asunto e corpo, porque o sistema o envía por si só.',
  'validation.emptySequence':
    '"{sequenceName}" non ten pasos, así que non se pode activar. Engade polo menos un paso.',
  'validation.tooManyActiveSequences':
    'A túa organización xa ten {count} secuencias activas, e o máximo permitido é {max}. Desactiva unha antes de activar "{sequenceName}".',
  'validation.sequenceNotActive':
    '"{sequenceName}" non está activa, así que non se poden conectar rexistros a ela.',
  'validation.recordTypeMismatch':
    '"{sequenceName}" é para rexistros de tipo {sequenceType}, así que {recordName} ({recordType}) non se pode conectar a ela.',
  'validation.leadClosed':
    'O cliente potencial {recordName} xa está {status}, así que non se pode conectar a unha secuencia.',
  'validation.opportunityClosed':
    'A oportunidade {recordName} está pechada como {stage}, así que non se pode conectar a unha secuencia.',
  'validation.notFound': 'Non atopei "{id}".',
} satisfies Record<keyof typeof en, string>;
