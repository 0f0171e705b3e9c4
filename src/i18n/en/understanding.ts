// What the bot says about what it understood: confirmations of changes read from uncertain words,
// the action each choice button takes, and the answers of the seller's actions by record name.

export default {
  'understood.action.qualify': 'Qualify {name}',
  'understood.action.disqualify': 'Disqualify {name}',
  'understood.action.won': 'Close {name} as won',
  'understood.action.lost': 'Close {name} as lost',
  'understood.confirmTitle': '{action}?',
  'understood.confirmText':
    'I read "{text}" as: {action}. Press the button if that is what you meant; otherwise nothing changes.',
  'understood.chooseAction': 'Which one should I {verb}?',
} as const;
