// English messages: validation of step graphs, activation and connecting records (src/domain/validation.ts).
export default {
  'validation.duplicateStepId': 'Two or more steps use the id "{stepId}". Give each step its own id.',
  'validation.noStart':
    'The sequence has steps, but none follows "Sequence starts here". Choose the first step.',
  'validation.unknownStart': 'The sequence starts with step "{target}", but there is no step with that id.',
  'validation.unknownNext': 'Step "{stepName}" is followed by "{target}", but there is no step with that id.',
  'validation.unknownBranch':
    'Condition "{stepName}" sends its "{branch}" path to "{target}", but there is no step with that id.',
  'validation.unknownAbout':
    'Condition "{stepName}" checks step "{target}", but there is no step with that id.',
  'validation.emptyAdvanceTarget':
    'Step "{stepName}" advances to another sequence but does not say which one. Choose the sequence.',
  'validation.invalidWaitDuration':
    'Wait "{stepName}" must last whole days and hours, none negative, with fewer than 24 hours.',
  'validation.waitTooLong':
    'Wait "{stepName}" is longer than {max} days, the most a wait can last. Shorten it or split it with a step in between.',
  'validation.waitAtEnd':
    'Wait "{stepName}" is the last step of its path, and a sequence cannot end with a wait. Add a step after it or remove it.',
  'validation.invalidTimeLimit':
    'Condition "{stepName}" needs a time limit in whole days and hours, none negative, with fewer than 24 hours.',
  'validation.missingTimeLimit':
    'Condition "{stepName}" needs a time limit longer than zero: the "no" path is taken when it passes.',
  'validation.conditionNotAfterStep':
    'Condition "{stepName}" must come directly after the step it checks, "{aboutName}", and after no other step.',
  'validation.replyConditionNeedsEmail':
    'Condition "{stepName}" waits for a reply, so the step it checks must be an email; "{aboutName}" is not.',
  'validation.answerConditionNeedsCall':
    'Condition "{stepName}" waits for an answered call, so the step it checks must be a phone call; "{aboutName}" is not.',
  'validation.advanceFirst':
    'Step "{stepName}" advances to another sequence, so it cannot be the first step.',
  'validation.stepAfterAdvance': 'Step "{stepName}" advances to another sequence, so no step can follow it.',
  'validation.closingCommandNotLast':
    'Step "{stepName}" qualifies, disqualifies or closes the record, which takes it out of its sequences, so no step can follow it.',
  'validation.cycle':
    'Step "{stepName}" leads back to itself. A sequence must always move forward: remove the loop.',
  'validation.unreachableStep':
    'Step "{stepName}" cannot be reached from the start of the sequence. Connect it or remove it.',
  'validation.automatedEmailNeedsTemplate':
    'Automated email "{stepName}" needs an email template with a subject and a body, because the system sends it by itself.',
  'validation.emptySequence':
    '"{sequenceName}" has no steps, so it cannot be activated. Add at least one step.',
  'validation.tooManyActiveSequences':
    'Your organisation already has {count} active sequences, and at most {max} are allowed. Deactivate one before activating "{sequenceName}".',
  'validation.sequenceNotActive': '"{sequenceName}" is not active, so records cannot be connected to it.',
  'validation.recordTypeMismatch':
    '"{sequenceName}" is for {sequenceType} records, so {recordName} ({recordType}) cannot be connected to it.',
  'validation.leadClosed':
    'The lead {recordName} is already {status}, so it cannot be connected to a sequence.',
  'validation.opportunityClosed':
    'The opportunity {recordName} is closed as {stage}, so it cannot be connected to a sequence.',
  'validation.notFound': 'I could not find "{id}".',
} as const;
