// English messages: the bot's general texts (help, errors, roles, fallbacks).
export default {
  'app.name': 'Sequence assistant',
  'help.title': 'What I can do for you',
  'help.intro':
    'I guide you through your sales sequences, step by step, right here in Teams. Type one of these:',
  'help.yourRoles': 'Your roles: {roles}',
  'help.more': 'All commands ({count} more)',
  'help.footer': 'Type the words as you like: "Could you please show up next?" works too.',
  'command.help.usage': 'help',
  'command.help.description': 'This list.',
  'command.language.usage': 'language: <language>',
  'command.language.description':
    'Choose the language I speak with you, when it is not the one Teams uses: English, Tiếng Việt, Galego, हिंदी or Polski.',
  'language.set': 'From now on I speak {language} with you.',
  'language.ask': 'Which language shall I speak? I speak {languages}. Type for example "language: Polski".',
  'language.unknown': 'I do not speak "{text}". I speak {languages}.',
  'language.name.en': 'English',
  'language.name.vi': 'Tiếng Việt',
  'language.name.gl': 'Galego',
  'language.name.hi': 'हिंदी',
  'language.name.pl': 'Polski',
  'role.administrator': 'administrator',
  'role.sequenceManager': 'sequence manager',
  'role.salesManager': 'sales manager',
  'role.seller': 'seller',
  'unknown.reply': 'Sorry, I did not understand "{text}".',
  'unknown.suggest': 'Did you mean: {suggestions}? Type "help" for everything I can do.',
  'refused.role': 'Sorry, "{command}" needs one of these roles: {roles}. Your roles: {yours}.',
  'error.unavailable':
    'I cannot reach my records right now, so nothing was changed. Please try again in a minute.',
  'turn.stillWorking': "Still working on it — I'll tell you when it's done.",
  'turn.done': 'Done: what you asked for a moment ago has finished.',
  'turn.failed': 'What you asked for a moment ago could not be finished. Please check and try again.',
  'turn.lost':
    'What you asked for a while ago could not be finished: I was restarted while working on it. Please check and try again.',
  'error.generic': 'Something went wrong on my side and nothing was changed. Please try again in a moment.',
  'error.badAction':
    'That button did not carry what I need. Nothing was changed; type "help" to start again.',
  'welcome.text': 'Hi {name}! I am your sequence assistant. Type "help" to see what I can do.',
  'welcome.textNoName': 'Hi! I am your sequence assistant. Type "help" to see what I can do.',
} as const;
