// English messages: what sellers see (Up next cards, work list, digest, vacation, settings, record changes).
export default {
  // ---- Commands (help lists usage and description) -------------------------------------------
  'seller.command.upNext.usage': 'up next',
  'seller.command.upNext.description':
    'Your steps due today and overdue, oldest first, with their buttons. Also "my steps", "what\'s next", "today".',
  'seller.command.overdue.usage': 'overdue',
  'seller.command.overdue.description': 'Only the steps that are overdue.',
  'seller.command.calls.usage': 'calls',
  'seller.command.calls.description': 'Only the calls due today and overdue.',
  'seller.command.emails.usage': 'emails',
  'seller.command.emails.description': 'Only the emails due today and overdue.',
  'seller.command.digest.usage': 'digest',
  'seller.command.digest.description': "Today's digest now: what is due, what is overdue, what you did.",
  'seller.command.pause.usage': 'pause my sequences until <date>',
  'seller.command.pause.description':
    'Vacation: your steps wait until you are back, with the time they had left, so nothing piles up.',
  'seller.command.resume.usage': 'resume my sequences',
  'seller.command.resume.description': 'Back early: your paused sequences go on now.',
  'seller.command.hours.usage': 'set my working hours 9-18',
  'seller.command.hours.description':
    'When steps fall due and your digest comes (also "9:30-17:30", "9am-6pm").',
  'seller.command.timeZone.usage': 'my time zone is Europe/Warsaw',
  'seller.command.timeZone.description': 'The time zone your steps and digest follow.',
  'seller.command.digestTime.usage': 'send my digest at 7:30',
  'seller.command.digestTime.description':
    'When your daily digest comes on working days (08:00 unless you say).',
  'seller.command.qualify.usage': 'qualify <lead>',
  'seller.command.qualify.description':
    'Turns your lead into an opportunity; the lead leaves its lead sequences.',
  'seller.command.disqualify.usage': 'disqualify <lead>',
  'seller.command.disqualify.description': 'Closes your lead; it leaves its sequences.',
  'seller.command.close.usage': 'close <opportunity> as won / lost',
  'seller.command.close.description': 'Closes your opportunity; it leaves its sequences.',

  // ---- Times ---------------------------------------------------------------------------------
  'seller.when.today': 'today {time}',
  'seller.when.tomorrow': 'tomorrow {time}',
  'seller.when.yesterday': 'yesterday {time}',
  'seller.when.date': '{date} {time}',
  'seller.due.overdueHour': 'overdue by 1 hour',
  'seller.due.overdueHours': 'overdue by {count} hours',
  'seller.due.overdueDay': 'overdue by 1 day',
  'seller.due.overdueDays': 'overdue by {count} days',
  'seller.due.label': 'Due {when}',
  'seller.weekdays.all': 'Mon–Fri',
  'seller.duration.day': '1 day',
  'seller.duration.days': '{count} days',
  'seller.duration.hour': '1 hour',
  'seller.duration.hours': '{count} hours',

  // ---- Labels --------------------------------------------------------------------------------
  'seller.kind.email': 'Email',
  'seller.kind.automatedEmail': 'Automated email',
  'seller.kind.phoneCall': 'Phone call',
  'seller.kind.task': 'Task',
  'seller.kind.linkedin': 'LinkedIn',
  'seller.kind.wait': 'Wait',
  'seller.kind.condition': 'Condition',
  'seller.kind.command': 'Command',
  'seller.linkedin.research': 'LinkedIn: research',
  'seller.linkedin.getIntroduced': 'LinkedIn: get introduced',
  'seller.linkedin.connect': 'LinkedIn: connect',
  'seller.linkedin.inMail': 'LinkedIn: send an InMail',
  'seller.outcome.done': 'Done',
  'seller.outcome.sent': 'Sent',
  'seller.outcome.replied': 'Replied',
  'seller.outcome.noReply': 'No reply',
  'seller.outcome.answered': 'Answered',
  'seller.outcome.notAnswered': 'No answer',
  'seller.outcome.leftVoicemail': 'Left voicemail',
  'seller.outcome.skipped': 'Skipped',
  'seller.outcome.timedOut': 'No answer in time',
  'seller.recordType.lead': 'Lead',
  'seller.recordType.contact': 'Contact',
  'seller.recordType.account': 'Account',
  'seller.recordType.opportunity': 'Opportunity',
  'seller.status.new': 'New',
  'seller.status.contacted': 'Contacted',
  'seller.status.qualified': 'Qualified',
  'seller.status.disqualified': 'Disqualified',
  'seller.stage.develop': 'Develop',
  'seller.stage.propose': 'Propose',
  'seller.stage.close': 'Close',
  'seller.stage.won': 'Won',
  'seller.stage.lost': 'Lost',
  'seller.by.system': 'automatically',

  // ---- Up next card --------------------------------------------------------------------------
  'seller.card.stepOf': 'Step {n} of {total}',
  'seller.card.doneOf': '{done} of {total} steps done',
  'seller.card.to': 'To',
  'seller.card.subject': 'Subject',
  'seller.card.noEmail': 'This record has no email address: add the recipient in your mail client.',
  'seller.card.phone': 'Phone',
  'seller.card.noPhone': 'This record has no phone number.',
  'seller.card.openMail': 'Open in mail',
  'seller.card.call': 'Call {number}',
  'seller.card.openLinkedIn': 'Open LinkedIn',
  'seller.card.searchLinkedIn': 'Find on LinkedIn',
  'seller.card.markSent': 'Mark sent',
  'seller.card.markComplete': 'Mark complete',
  'seller.card.skip': 'Skip',
  'seller.card.snooze': 'Snooze',
  'seller.card.showSequence': 'Show the sequence',
  'seller.card.backToStep': 'Back to the step',
  'seller.card.backToList': 'Back to the list',
  'seller.card.details': 'Open',
  'seller.card.moreActions': 'More',
  'seller.card.replyQuestion': 'Did {name} reply to "{step}"?',
  'seller.card.answerQuestion': 'Did you reach {name} about "{step}"?',
  'seller.card.replyLimit': 'If I hear nothing by {when}, I will take it as no reply.',
  'seller.card.answerLimit': 'If I hear nothing by {when}, I will take it as no answer.',
  'seller.card.thenWaitsReply': 'After you mark it sent, I wait up to {limit} of working time for a reply.',
  'seller.card.nextStep': 'Next: {step}, due {when}.',
  'seller.card.nextAfterWait': 'Next step {when}.',
  'seller.card.nextAutomated': 'Next: the automated email "{step}" goes out {when}.',
  'seller.card.paused': 'This sequence is paused.',
  'seller.card.pausedUntil': 'This sequence is paused until {when}.',
  'seller.card.completed': 'This sequence is complete: nothing more to do here.',
  'seller.card.completedClosed': 'This sequence is complete: the {type} is now {state}.',
  'seller.card.advanced': 'This record moved on to another sequence.',
  'seller.card.exited': 'This record left the sequence: it is now {reason}.',
  'seller.card.disconnected': 'This record was disconnected from the sequence.',
  'seller.card.now': 'Now',

  // ---- Snooze --------------------------------------------------------------------------------
  'seller.snooze.laterToday': 'Later today',
  'seller.snooze.tomorrow': 'Tomorrow morning',
  'seller.snooze.nextWeek': 'Next week',
  'seller.snooze.dateLabel': 'Or pick a date and time',
  'seller.snooze.custom': 'Snooze until then',
  'seller.snooze.missingDate': 'Pick a date for the snooze. Nothing was changed.',
  'seller.snooze.badDate': 'I could not read that date and time. Nothing was changed.',

  // ---- Banners (what an action did) ----------------------------------------------------------
  'seller.banner.recorded': '✓ {outcome}: {step}',
  'seller.banner.recordedBy': 'Recorded by {name}, {when}.',
  'seller.banner.skipped': 'Skipped: {step}',
  'seller.banner.snoozed': 'Snoozed "{step}" until {when}.',
  'seller.banner.already':
    'This step was already done: {outcome} by {name}, {when}. Nothing was recorded twice.',
  'seller.banner.alreadySnoozed': 'This step was already snoozed by {name}, {when}.',
  'seller.banner.moved': 'This step is no longer current. Here is where the sequence stands now.',
  'seller.banner.ended': 'This sequence has already ended. Nothing was recorded.',
  'seller.banner.paused':
    'This sequence is paused, so nothing was recorded. Type "resume my sequences" to go on.',
  'seller.banner.invalidOutcome': 'That answer does not fit this step. Nothing was recorded.',
  'seller.banner.snoozeInPast': 'That time has already passed. Pick a later time; nothing was changed.',
  'seller.banner.listRecorded': '✓ {outcome}: {step} for {record}.',
  'seller.banner.listSkipped': 'Skipped {step} for {record}.',
  'seller.banner.listSnoozed': 'Snoozed {step} for {record} until {when}.',
  'seller.banner.nextFor': 'Next for {record}: {next}',

  // ---- Refusals and bad data -----------------------------------------------------------------
  'seller.action.notFound':
    'I cannot find that step any more (the record may have left the sequence). Nothing was changed.',
  'seller.action.notYours':
    'This step is assigned to someone else, so I changed nothing. You can act only on your own steps.',
  'seller.action.movedTo':
    'This step now belongs to {name}: the record has a new owner. Nothing was changed.',
  'seller.action.sequenceMissing': 'The sequence of this step no longer exists. Nothing was changed.',

  // ---- Sequence flow card --------------------------------------------------------------------
  'seller.flow.title': '{sequence}',
  'seller.flow.subtitle': 'For {record} · {progress}',
  'seller.flow.doneBy': '✓ {step}: {outcome} · {when} · {name}',
  'seller.flow.email': '✓ {step}: sent automatically · {when}',
  'seller.flow.command': '✓ {step}: done automatically · {when}',
  'seller.flow.waited': '✓ {step} · ended {when}',
  'seller.flow.branched': '✓ {step}: {outcome} · {when}',
  'seller.flow.current': '▶ {step} · {due}',
  'seller.flow.currentWaiting': '⏳ {step} · until {when}',
  'seller.flow.upcoming': '○ {step}',
  'seller.flow.upcomingNote': 'Upcoming steps assume each answer is "yes"; a "no" takes another path.',
  'seller.flow.completedTitle': 'Completed',
  'seller.flow.currentTitle': 'Now',
  'seller.flow.upcomingTitle': 'Upcoming',
  'seller.flow.none': 'None',

  // ---- Work list -----------------------------------------------------------------------------
  'seller.list.title.all': 'Up next: {count} to do',
  'seller.list.title.overdue': 'Overdue: {count}',
  'seller.list.title.calls': 'Calls: {count} to do',
  'seller.list.title.emails': 'Emails: {count} to do',
  'seller.list.summary': 'Oldest first, by record. Page {page} of {pages}.',
  'seller.list.more': 'More ({page} of {pages})',
  'seller.list.empty.all': 'Nothing is due today. Well done!',
  'seller.list.empty.overdue': 'Nothing is overdue.',
  'seller.list.empty.calls': 'No calls are due today.',
  'seller.list.empty.emails': 'No emails are due today.',
  'seller.list.nextDue': 'Your next step is "{step}" for {record}, due {when}.',
  'seller.list.noSteps': 'You have no steps in any sequence right now.',
  'seller.list.catchUp': 'Welcome! These steps were waiting for you:',
  'seller.list.itemSequence': '{sequence} · {stepOf}',
  'seller.list.waiting': 'Waiting for an answer',
  'seller.list.subject': 'Subject: {subject}',

  // ---- Digest --------------------------------------------------------------------------------
  'seller.digest.title': 'Good morning, {name}',
  'seller.digest.intro': 'Your sequences today, {date}:',
  'seller.digest.dueToday': 'Due today',
  'seller.digest.overdue': 'Overdue',
  'seller.digest.doneYesterday': 'Done yesterday',
  'seller.digest.doneOn': 'Done on {day}',
  'seller.digest.waiting': 'Waiting for an answer',
  'seller.digest.first': 'First up:',
  'seller.digest.showAll': 'Show all ({count})',
  'seller.digest.nothing': 'Nothing is due today and nothing is overdue.',

  // ---- Proactive notifications --------------------------------------------------------------
  'seller.push.upNext': 'Up next: {step} for {record}',
  'seller.push.digest': 'Your digest: {due} due today, {overdue} overdue',

  // ---- Vacation ------------------------------------------------------------------------------
  'seller.pause.askDate': 'Until when? For example: "pause my sequences until 2026-03-16" or "until Monday".',
  'seller.pause.badDate':
    'I could not read "{text}" as a date. Try "2026-03-16", "16 March" or "Monday". Nothing was changed.',
  'seller.pause.notFuture': 'Pick a date after today. Nothing was changed.',
  'seller.pause.tooFar': 'A pause can last at most a year. Nothing was changed.',
  'seller.pause.done':
    'Enjoy your time off! I paused your sequences ({count}) until {when}. Then they go on with the time each step had left, so nothing piles up as overdue.',
  'seller.pause.doneNone':
    'Enjoy your time off! You have no running sequences now; anything that falls due before {when} waits until then.',
  'seller.resume.done':
    'Welcome back! I resumed your sequences ({count}); each step keeps the time it had left.',
  'seller.resume.none': 'None of your sequences is paused.',
  'seller.resume.doneNone':
    'Welcome back! Your vacation is over; none of your sequences was waiting for you.',
  'seller.resume.auto':
    'Welcome back, {name}! I resumed your sequences ({count}); each step keeps the time it had left.',

  // ---- Settings ------------------------------------------------------------------------------
  'seller.hours.bad':
    'I could not read "{text}" as working hours. Try "set my working hours 9-18", "9:30-17:30" or "9am-6pm". Nothing was changed.',
  'seller.hours.order': 'Your working day must start before it ends ({start}–{end}). Nothing was changed.',
  'seller.hours.done':
    'Your working hours are now {start}–{end}, {days}, {zone}. Your digest comes at {digest}.',
  'seller.zone.bad':
    '"{text}" is not a time zone I know. Use a name like "Europe/Warsaw" or "America/New_York". Nothing was changed.',
  'seller.zone.done':
    'Your time zone is now {zone}: it is {time} there. Your digest comes at {digest} your time.',
  'seller.digestTime.bad':
    'I could not read "{text}" as a time. Try "send my digest at 7:30". Nothing was changed.',
  'seller.digestTime.done': 'Your digest now comes at {time} ({zone}) on working days.',

  // ---- Record changes ------------------------------------------------------------------------
  'seller.record.notFound': 'I found no open {type} named "{name}" among your records.',
  'seller.record.choose': 'Which one do you mean?',
  'seller.record.chooseTitle': 'Several of your records match "{name}"',
  'seller.record.choice': '{name} · {company}',
  'seller.record.qualified':
    'Qualified {lead}: it is now the opportunity "{opportunity}" (stage Develop). Lead sequences it left: {count}.',
  'seller.record.disqualified': 'Disqualified {lead}. Sequences it left: {count}.',
  'seller.record.closed': 'Closed {opportunity} as {stage}. Sequences it left: {count}.',
  'seller.record.notOpen': '{name} is already closed. Nothing was changed.',
  'seller.record.askName': 'Which record? For example: "qualify Jane Doe".',
  'seller.record.askOutcome': 'Won or lost? For example: "close Contoso deal as won".',
} as const;
