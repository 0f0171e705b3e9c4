// Galician messages: what sellers see (Up next cards, work list, digest, vacation, settings, record changes).
import type en from '../en/seller.js';

export default {
  // ---- Commands (help lists usage and description) -------------------------------------------
  'seller.command.upNext.usage': 'a continuación',
  'seller.command.upNext.description':
    'Os teus pasos que vencen hoxe e os atrasados, primeiro os máis antigos, cos seus botóns. Tamén "os meus pasos", "que segue", "hoxe".',
  'seller.command.overdue.usage': 'atrasados',
  'seller.command.overdue.description': 'Só os pasos atrasados.',
  'seller.command.calls.usage': 'chamadas',
  'seller.command.calls.description': 'Só as chamadas que vencen hoxe e as atrasadas.',
  'seller.command.emails.usage': 'correos',
  'seller.command.emails.description': 'Só os correos electrónicos que vencen hoxe e os atrasados.',
  'seller.command.digest.usage': 'resumo',
  'seller.command.digest.description': 'O resumo de hoxe agora: que vence, que está atrasado, que fixeches.',
  'seller.command.pause.usage': 'pausar as miñas secuencias ata <data>',
  'seller.command.pause.description':
    'Vacacións: os teus pasos agardan ata que volvas, co tempo que lles quedaba, así que non se acumula nada.',
  'seller.command.resume.usage': 'retomar as miñas secuencias',
  'seller.command.resume.description': 'Volves antes: as túas secuencias en pausa continúan agora.',
  'seller.command.hours.usage': 'establecer o meu horario 9-18',
  'seller.command.hours.description':
    'Cando vencen os pasos e cando chega o teu resumo (tamén "9:30-17:30", "8:00-17:00").',
  'seller.command.timeZone.usage': 'o meu fuso horario é Europe/Madrid',
  'seller.command.timeZone.description': 'O fuso horario que seguen os teus pasos e o teu resumo.',
  'seller.command.digestTime.usage': 'enviar o meu resumo ás 7:30',
  'seller.command.digestTime.description':
    'Cando chega o teu resumo diario nos días laborables (ás 08:00 se non indicas outra hora).',
  'seller.command.qualify.usage': 'cualificar <cliente potencial>',
  'seller.command.qualify.description':
    'Converte o teu cliente potencial nunha oportunidade; o cliente potencial sae das súas secuencias de clientes potenciais.',
  'seller.command.disqualify.usage': 'descualificar <cliente potencial>',
  'seller.command.disqualify.description': 'Pecha o teu cliente potencial; sae das súas secuencias.',
  'seller.command.close.usage': 'pechar <oportunidade> como gañada / perdida',
  'seller.command.close.description': 'Pecha a túa oportunidade; sae das súas secuencias.',

  // ---- Times ---------------------------------------------------------------------------------
  'seller.when.today': 'hoxe, {time}',
  'seller.when.tomorrow': 'mañá, {time}',
  'seller.when.yesterday': 'onte, {time}',
  'seller.when.date': '{date}, {time}',
  'seller.due.overdueHour': 'atrasado 1 hora',
  'seller.due.overdueHours': 'atrasado {count} horas',
  'seller.due.overdueDay': 'atrasado 1 día',
  'seller.due.overdueDays': 'atrasado {count} días',
  'seller.due.label': 'Vence {when}',
  'seller.due.now': 'agora',
  'seller.due.inMinutes': 'en {count} min',
  'seller.due.inHours': 'en {count} h',
  'seller.weekdays.all': 'luns–venres',
  'seller.duration.day': '1 día',
  'seller.duration.days': '{count} días',
  'seller.duration.hour': '1 hora',
  'seller.duration.hours': '{count} horas',

  // ---- Labels --------------------------------------------------------------------------------
  'seller.kind.email': 'Correo electrónico',
  'seller.kind.automatedEmail': 'Correo electrónico automatizado',
  'seller.kind.phoneCall': 'Chamada telefónica',
  'seller.kind.task': 'Tarefa',
  'seller.kind.linkedin': 'LinkedIn',
  'seller.kind.wait': 'Espera',
  'seller.kind.condition': 'Condición',
  'seller.kind.command': 'Comando',
  'seller.linkedin.research': 'Investigación en LinkedIn',
  'seller.linkedin.getIntroduced': 'Presentación en LinkedIn',
  'seller.linkedin.connect': 'Conexión en LinkedIn',
  'seller.linkedin.inMail': 'InMail de LinkedIn',
  'seller.mark.good': '✓',
  'seller.mark.skipped': '↷',
  'seller.mark.missed': '✗',
  'seller.outcome.done': 'Feito',
  'seller.outcome.sent': 'Enviado',
  'seller.outcome.replied': 'Respondeu',
  'seller.outcome.noReply': 'Sen resposta',
  'seller.outcome.answered': 'Contestou',
  'seller.outcome.notAnswered': 'Non contestou',
  'seller.outcome.leftVoicemail': 'Deixouse mensaxe de voz',
  'seller.outcome.skipped': 'Omitido',
  'seller.outcome.timedOut': 'Sen resposta a tempo',
  'seller.recordType.lead': 'Cliente potencial',
  'seller.recordType.contact': 'Contacto',
  'seller.recordType.account': 'Conta',
  'seller.recordType.opportunity': 'Oportunidade',
  'seller.status.new': 'Novo',
  'seller.status.contacted': 'Contactado',
  'seller.status.qualified': 'Cualificado',
  'seller.status.disqualified': 'Descualificado',
  'seller.stage.develop': 'Desenvolver',
  'seller.stage.propose': 'Propor',
  'seller.stage.close': 'Pechar',
  'seller.stage.won': 'Gañada',
  'seller.stage.lost': 'Perdida',
  'seller.by.system': 'automaticamente',

  // ---- Up next card --------------------------------------------------------------------------
  'seller.card.contact': 'Contacto',
  'seller.card.undo': 'Desfacer',
  'seller.banner.undone': '↶ Desfeito. Tes que volver facer "{step}".',
  'seller.banner.undoTooLate':
    'Xa non se pode desfacer: pasaron uns minutos ou a secuencia avanzou. Non se cambiou nada.',
  'seller.card.noteLabel': 'Nota (opcional, gárdase no historial)',
  'seller.card.notePlaceholder': 'Que pasou, ou por que o omites',
  'seller.flow.note': '“{note}”',
  'seller.card.email': 'Correo electrónico',
  'seller.card.stepOf': 'Paso {n} de {total}',
  'seller.card.doneOf': '{done} de {total} pasos feitos',
  'seller.card.stepOfUpTo': 'Paso {n} dun máximo de {total}',
  'seller.card.doneOfUpTo': '{done} dun máximo de {total} pasos feitos',
  'seller.card.doneAll': '{done, plural, one {# paso feito} other {# pasos feitos}}',
  'seller.card.to': 'Para',
  'seller.card.subject': 'Asunto',
  'seller.card.noEmail':
    'Este rexistro non ten enderezo de correo electrónico: engade o destinatario no teu cliente de correo.',
  'seller.card.phone': 'Teléfono',
  'seller.card.noPhone': 'Este rexistro non ten número de teléfono.',
  'seller.card.openMail': 'Abrir no correo',
  'seller.card.call': 'Chamar ao {number}',
  'seller.card.openLinkedIn': 'Abrir LinkedIn',
  'seller.card.searchLinkedIn': 'Buscar en LinkedIn',
  'seller.card.markSent': 'Marcar como enviado',
  'seller.card.markComplete': 'Marcar como completado',
  'seller.card.skip': 'Omitir',
  'seller.card.snooze': 'Adiar',
  'seller.card.showSequence': 'Amosar a secuencia',
  'seller.card.backToStep': 'Volver ao paso',
  'seller.card.backToList': 'Volver á lista',
  'seller.card.details': 'Abrir',
  'seller.card.moreActions': 'Máis',
  'seller.card.replyQuestion': 'Respondeu {name} a "{step}"?',
  'seller.card.answerQuestion': 'Contactaches con {name} sobre "{step}"?',
  'seller.card.replyLimit': 'Se non sei nada antes de {when}, considerarei que non houbo resposta.',
  'seller.card.answerLimit': 'Se non sei nada antes de {when}, considerarei que non contestou.',
  'seller.card.thenWaitsReply':
    'Despois de marcalo como enviado, agardo unha resposta ata {limit} de tempo laborable.',
  'seller.card.nextStep': 'A continuación: {step}, vence {when}.',
  'seller.card.nextAfterWait': 'Seguinte paso: {when}.',
  'seller.card.nextAutomated': 'A continuación: o correo electrónico automatizado "{step}" sae {when}.',
  'seller.card.paused': 'Esta secuencia está en pausa.',
  'seller.card.pausedUntil': 'Esta secuencia está en pausa ata {when}.',
  'seller.card.completed': 'Esta secuencia está completada: aquí non queda nada por facer.',
  'seller.card.completedClosed': 'Esta secuencia está completada; {type}: {state}.',
  'seller.card.advanced': 'Este rexistro pasou a outra secuencia.',
  'seller.card.exited': 'Este rexistro saíu da secuencia; estado: {reason}.',
  'seller.card.disconnected': 'Este rexistro desconectouse da secuencia.',
  'seller.card.now': 'Agora',

  // ---- Snooze --------------------------------------------------------------------------------
  'seller.snooze.laterToday': 'Máis tarde hoxe',
  'seller.snooze.tomorrow': 'Mañá pola mañá',
  'seller.snooze.nextWeek': 'A próxima semana',
  'seller.snooze.dateLabel': 'Ou escolle data e hora',
  'seller.snooze.custom': 'Adiar ata entón',
  'seller.snooze.missingDate': 'Escolle unha data para adiar. Non se cambiou nada.',
  'seller.snooze.badDate': 'Non puiden ler esa data e hora. Non se cambiou nada.',

  // ---- Banners (what an action did) ----------------------------------------------------------
  'seller.banner.recorded': '{mark} {outcome}: {step}',
  'seller.banner.recordedBy': 'Rexistrado por {name}, {when}.',
  'seller.banner.skipped': '↷ Omitido: {step}',
  'seller.banner.snoozed': 'Adiouse "{step}" ata {when}.',
  'seller.banner.already':
    'Este paso xa estaba feito: {outcome}, por {name}, {when}. Non se rexistrou nada dúas veces.',
  'seller.banner.alreadySnoozed': '{name} xa adiara este paso, {when}.',
  'seller.banner.moved': 'Este paso xa non é o actual. Así está agora a secuencia.',
  'seller.banner.ended': 'Esta secuencia xa rematou. Non se rexistrou nada.',
  'seller.banner.paused':
    'Esta secuencia está en pausa, así que non se rexistrou nada. Escribe "retomar as miñas secuencias" para continuar.',
  'seller.banner.invalidOutcome': 'Esa resposta non encaixa con este paso. Non se rexistrou nada.',
  'seller.banner.snoozeInPast': 'Esa hora xa pasou. Escolle unha hora posterior; non se cambiou nada.',
  'seller.banner.listRecorded': '{mark} {outcome}: {step} para {record}.',
  'seller.banner.listSkipped': '↷ Omitiuse {step} para {record}.',
  'seller.banner.listSnoozed': 'Adiouse {step} para {record} ata {when}.',
  'seller.banner.nextFor': '{record} · {next}',

  // ---- Refusals and bad data -----------------------------------------------------------------
  'seller.action.notFound':
    'Xa non atopo ese paso (quizais o rexistro saíu da secuencia). Non se cambiou nada.',
  'seller.action.notYours':
    'Este paso está asignado a outra persoa, así que non cambiei nada. Só podes actuar sobre os teus propios pasos.',
  'seller.action.movedTo':
    'Este paso agora pertence a {name}: o rexistro ten un novo propietario. Non se cambiou nada.',
  'seller.action.sequenceMissing': 'A secuencia deste paso xa non existe. Non se cambiou nada.',

  // ---- Sequence flow card --------------------------------------------------------------------
  'seller.flow.title': '{sequence}',
  'seller.flow.subtitle': 'Para {record} · {progress}',
  'seller.flow.doneBy': '{mark} {step}: {outcome} · {when} · {name}',
  'seller.flow.email': '✓ {step}: enviado automaticamente · {when}',
  'seller.flow.command': '✓ {step}: feito automaticamente · {when}',
  'seller.flow.waited': '✓ {step} · rematou {when}',
  'seller.flow.branched': '{mark} {step}: {outcome} · {when}',
  'seller.flow.current': '▶ {step} · {due}',
  'seller.flow.currentWaiting': '◷ {step} · ata {when}',
  'seller.flow.upcoming': '○ {step}',
  'seller.flow.showPicture': 'Amosar todo o fluxo',
  'seller.flow.hidePicture': 'Agochar o fluxo',
  'seller.flow.upcomingNote':
    'Os próximos pasos supoñen que cada resposta é "si"; un "non" leva por outra ruta.',
  'seller.flow.completedTitle': 'Completados',
  'seller.flow.currentTitle': 'Agora',
  'seller.flow.upcomingTitle': 'Próximos',
  'seller.flow.none': 'Ningún',

  // ---- Work list -----------------------------------------------------------------------------
  'seller.list.title.all': 'A continuación: {count} por facer',
  'seller.list.title.overdue': 'Atrasados: {count}',
  'seller.list.title.calls': 'Chamadas: {count} por facer',
  'seller.list.title.emails': 'Correos electrónicos: {count} por facer',
  'seller.list.summary': 'Primeiro os máis antigos, por rexistro. Páxina {page} de {pages}.',
  'seller.list.more': 'Máis ({page} de {pages})',
  'seller.list.empty.all': 'Hoxe non vence nada. Bo traballo!',
  'seller.list.empty.overdue': 'Non hai nada atrasado.',
  'seller.list.empty.calls': 'Hoxe non vence ningunha chamada.',
  'seller.list.empty.emails': 'Hoxe non vence ningún correo electrónico.',
  'seller.list.nextDue': 'O teu seguinte paso é "{step}" para {record}, que vence {when}.',
  'seller.list.noSteps': 'Agora mesmo non tes pasos en ningunha secuencia.',
  'seller.list.catchUp': 'Ola! Estes pasos estaban agardando por ti:',
  'seller.list.itemSequence': '{sequence} · {stepOf}',
  'seller.list.waiting': 'Agardando resposta',
  'seller.list.subject': 'Asunto: {subject}',

  // ---- Digest --------------------------------------------------------------------------------
  'seller.digest.title': 'Bos días, {name}',
  'seller.digest.titleAfternoon': 'Boas tardes, {name}',
  'seller.digest.titleEvening': 'Boas noites, {name}',
  'seller.digest.doneToday': 'Feito hoxe',
  'seller.digest.intro': 'As túas secuencias hoxe, {date}:',
  'seller.digest.dueToday': 'Vence hoxe',
  'seller.digest.overdue': 'Atrasados',
  'seller.digest.doneYesterday': 'Feito onte',
  'seller.digest.doneOn': 'Feito o {day}',
  'seller.digest.waiting': 'Agardando resposta',
  'seller.digest.first': 'Primeiro:',
  'seller.digest.showAll': 'Amosar todo ({count})',
  'seller.digest.nothing': 'Hoxe non vence nada e non hai nada atrasado.',

  // ---- Proactive notifications --------------------------------------------------------------
  'seller.push.upNext': 'A continuación: {step} para {record}',
  'seller.push.digest': 'O teu resumo: {due} vencen hoxe, {overdue} atrasados',

  // ---- Vacation ------------------------------------------------------------------------------
  'seller.pause.askDate':
    'Ata cando? Por exemplo: "pausar as miñas secuencias ata 2026-03-16" ou "ata o luns".',
  'seller.pause.badDate':
    'Non puiden ler "{text}" como data. Proba con "2026-03-16", "16 de marzo" ou "luns". Non se cambiou nada.',
  'seller.pause.notFuture': 'Escolle unha data posterior a hoxe. Non se cambiou nada.',
  'seller.pause.tooFar': 'Unha pausa pode durar como máximo un ano. Non se cambiou nada.',
  'seller.pause.done':
    'Desfruta do teu descanso! Puxen en pausa as túas secuencias ({count}) ata {when}. Despois continúan co tempo que lle quedaba a cada paso, así que nada se acumula como atrasado.',
  'seller.pause.already': 'As túas secuencias xa están en pausa; agora agardan ata {when}.',
  'seller.pause.doneNone':
    'Desfruta do teu descanso! Agora non tes secuencias en curso; o que venza antes de {when} agardará ata entón.',
  'seller.resume.done':
    'Ola de novo! Retomei as túas secuencias ({count}); cada paso conserva o tempo que lle quedaba.',
  'seller.resume.none': 'Ningunha das túas secuencias está en pausa.',
  'seller.resume.doneNone':
    'Ola de novo! As túas vacacións remataron; ningunha das túas secuencias estaba agardando por ti.',
  'seller.resume.auto':
    'Ola de novo, {name}! Retomei as túas secuencias ({count}); cada paso conserva o tempo que lle quedaba.',

  // ---- Settings ------------------------------------------------------------------------------
  'seller.hours.bad':
    'Non puiden ler "{text}" como horario laboral. Proba con "establecer o meu horario 9-18", "9:30-17:30" ou "8:00-17:00". Non se cambiou nada.',
  'seller.hours.order': 'A túa xornada debe comezar antes de rematar ({start}–{end}). Non se cambiou nada.',
  'seller.hours.done':
    'O teu horario laboral agora é {start}–{end}, {days}, {zone}. O teu resumo chega ás {digest}.',
  'seller.zone.bad':
    '"{text}" non é un fuso horario que coñeza. Usa un nome como "Europe/Madrid" ou "America/New_York". Non se cambiou nada.',
  'seller.zone.done':
    'O teu fuso horario agora é {zone}: alí son as {time}. O teu resumo chega ás {digest} da túa hora.',
  'seller.digestTime.bad':
    'Non puiden ler "{text}" como hora. Proba con "enviar o meu resumo ás 7:30". Non se cambiou nada.',
  'seller.digestTime.done': 'O teu resumo agora chega ás {time} ({zone}) nos días laborables.',

  // ---- Record changes ------------------------------------------------------------------------
  'seller.record.notFound':
    'Non atopei entre os teus rexistros ningún rexistro aberto de tipo {type} chamado "{name}".',
  'seller.record.choose': 'Cal deles queres dicir?',
  'seller.record.chooseTitle': 'Varios dos teus rexistros coinciden con "{name}"',
  'seller.record.choice': '{name} · {company}',
  'seller.record.qualified':
    'Cualificouse {lead}: agora é a oportunidade "{opportunity}" (fase Desenvolver). Secuencias de cliente potencial das que saíu: {count}.',
  'seller.record.disqualified': 'Descualificouse {lead}. Secuencias das que saíu: {count}.',
  'seller.record.closed': 'Pechouse {opportunity} como {stage}. Secuencias das que saíu: {count}.',
  'seller.record.notOpen': '{name} xa está pechado. Non se cambiou nada.',
  'seller.record.askName': 'Que rexistro? Por exemplo: "cualificar Jane Doe".',
  'seller.record.askOutcome': 'Gañada ou perdida? Por exemplo: "pechar acordo Contoso como gañada".',
} satisfies Record<keyof typeof en, string>;
